package io.starhash.core.mmo;

import io.starhash.core.money.Money;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Requests, settings and a recording listener for the gateway tests. */
final class MmoFixtures {

  static final Party CUSTOMER = new Party(Party.MSISDN, "+255712000001");
  static final Party AGENT = new Party(Party.MSISDN, "+255712000002");

  private MmoFixtures() {}

  static TxRequest request(String id) {
    return new TxRequest(id, TxType.DEPOSIT, new Money(10_000, "TZS"), AGENT, CUSTOMER, "cash-in");
  }

  /** Quick polling, a 3 s final wait, 3 posts at most, no callbacks. */
  static MmoSettings quick(URI base) {
    return new MmoSettings(base, Optional.empty(), Duration.ofMillis(500), Duration.ofSeconds(3),
        3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(10));
  }

  /** Polling so slow that only a callback can finish a transaction within a test. */
  static MmoSettings callbacksOnly(URI base, Duration finalWait) {
    return new MmoSettings(base, Optional.of(URI.create("http://127.0.0.1:9/mmo/callback")),
        Duration.ofMillis(500), finalWait, 3, Duration.ofMinutes(5), Duration.ofMinutes(5),
        Duration.ofMinutes(10));
  }

  static MmoSettings withFinalWait(MmoSettings s, Duration finalWait) {
    return new MmoSettings(s.baseUrl(), s.callbackBase(), s.requestTimeout(), finalWait,
        s.maxPostAttempts(), s.pollInitial(), s.pollMax(), s.followFor());
  }

  /** Remembers every final result the listeners hear of, by clientCorrelationId. */
  static final class Heard implements TxListener {
    private final Map<String, List<TxResult>> byId = new ConcurrentHashMap<>();

    @Override
    public void onFinal(TxRequest request, TxResult result) {
      byId.computeIfAbsent(request.clientCorrelationId(), k -> new CopyOnWriteArrayList<>())
          .add(result);
    }

    List<TxResult> of(String id) {
      return byId.getOrDefault(id, List.of());
    }

    int total() {
      return byId.values().stream().mapToInt(List::size).sum();
    }
  }
}
