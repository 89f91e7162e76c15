package io.starhash.server.bench;

import java.util.Objects;

/**
 * The real flow on Redis at half its measured peak, open model (sessions started on a schedule,
 * latency corrected for coordinated omission): the load the p99 target is stated for.
 *
 * @param sessionsPerSec the scheduled rate, half the closed-model peak's sessions per second
 */
record HalfPeak(double sessionsPerSec, ModeResult result) {

  HalfPeak {
    Objects.requireNonNull(result, "result");
    if (!(sessionsPerSec > 0)) {
      throw new IllegalArgumentException("rate must be positive, was " + sessionsPerSec);
    }
  }
}
