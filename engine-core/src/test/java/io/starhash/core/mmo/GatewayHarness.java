package io.starhash.core.mmo;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.testing.MutableClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;

/** A fake MMO, a journal and gateways over them, closed after each test. */
abstract class GatewayHarness {

  final FakeMmo mmo = FakeMmo.start();
  final MutableClock clock = MutableClock.start();
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final MmoFixtures.Heard heard = new MmoFixtures.Heard();
  Journal journal = new InMemoryJournal();
  private final List<HttpMmoGateway> gateways = new ArrayList<>();

  /** A new gateway (a new "process") over the same journal, with the recording listener. */
  HttpMmoGateway gateway(MmoSettings settings) {
    return gateway(settings, clock);
  }

  HttpMmoGateway gateway(MmoSettings settings, Clock clock) {
    HttpMmoGateway g = new HttpMmoGateway(settings, journal, clock, registry);
    g.addListener(heard);
    gateways.add(g);
    return g;
  }

  static TxResult submit(MmoGateway gateway, TxRequest request) {
    return join(gateway.submit(request));
  }

  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("stage did not complete: " + e, e);
    }
  }

  /** The journal's entry of {@code id} now. */
  Optional<JournalEntry> entry(String id) {
    return join(journal.find(id));
  }

  <T> Optional<T> entry(String id, Function<JournalEntry, T> part) {
    return entry(id).map(part);
  }

  double requests(String endpoint, String outcome) {
    var c = registry.find("mmo.requests").tag("endpoint", endpoint).tag("outcome", outcome).counter();
    return c == null ? 0 : c.count();
  }

  @AfterEach
  void closeAll() {
    gateways.forEach(HttpMmoGateway::close);
    mmo.close();
  }
}
