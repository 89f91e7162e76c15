package io.starhash.core.token;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The token counters: {@code tokens.issued}, {@code tokens.revoked}, {@code tokens.collisions}
 * (a candidate that was active or quarantined already) and {@code tokens.resolutions} tagged
 * {@code outcome} = found, not-found, rate-limited or error (the store failed). Thread-safe.
 */
final class TokenMetrics {

  static final String ERROR = "error";

  private final Counter issued;
  private final Counter revoked;
  private final Counter collisions;
  private final Map<String, Counter> resolutions;

  TokenMetrics(MeterRegistry meters) {
    issued = Counter.builder("tokens.issued").description("tokens issued or rotated")
        .register(meters);
    revoked = Counter.builder("tokens.revoked").description("tokens revoked by their owner")
        .register(meters);
    collisions = Counter.builder("tokens.collisions")
        .description("candidate tokens already active or quarantined").register(meters);
    resolutions = Map.of(
        "found", resolution(meters, "found"),
        "not-found", resolution(meters, "not-found"),
        "rate-limited", resolution(meters, "rate-limited"),
        ERROR, resolution(meters, ERROR));
  }

  private static Counter resolution(MeterRegistry meters, String outcome) {
    return Counter.builder("tokens.resolutions").description("token resolution attempts")
        .tag("outcome", outcome).register(meters);
  }

  void issued() {
    issued.increment();
  }

  void revoked() {
    revoked.increment();
  }

  void collision() {
    collisions.increment();
  }

  /** Counts one resolution by its {@link Resolution#outcome()} or {@link #ERROR}. */
  void resolved(String outcome) {
    resolutions.get(outcome).increment();
  }
}
