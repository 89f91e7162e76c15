package io.starhash.server.bench;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the load generator measured for one {@link Mode}.
 *
 * @param errors failed hops or sessions by kind, as the load generator names them; only kinds that occurred
 */
record ModeResult(double hopsPerSec, double sessionsPerSec, long hops, long sessions,
    double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs, Map<String, Long> errors) {

  ModeResult {
    errors = Map.copyOf(Objects.requireNonNull(errors, "errors"));
    if (hopsPerSec < 0 || sessionsPerSec < 0 || hops < 0 || sessions < 0) {
      throw new IllegalArgumentException("rates and counts must not be negative");
    }
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The errors sorted by kind, for printing. */
  Map<String, Long> sortedErrors() {
    return new TreeMap<>(errors);
  }
}
