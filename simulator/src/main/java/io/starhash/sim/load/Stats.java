package io.starhash.sim.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one event loop's handsets measured; events before {@code measureFromNanos} (the
 * warm-up) are not counted. Confined to its event loop; read only after the loop stopped.
 */
final class Stats {

  private static final int SIGNIFICANT_DIGITS = 3;

  private final long measureFromNanos;
  private final Histogram micros = new Histogram(SIGNIFICANT_DIGITS);
  private final long[] errors = new long[ErrorKind.values().length];
  private long hops;
  private long sessions;

  Stats(long measureFromNanos) {
    this.measureFromNanos = measureFromNanos;
  }

  /** A hop got a well-formed reply at {@code nowNanos}, {@code latencyNanos} after it was due. */
  void hop(long nowNanos, long latencyNanos) {
    if (nowNanos - measureFromNanos >= 0) {
      hops++;
      micros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
    }
  }

  /** A session played every step. */
  void session(long nowNanos) {
    if (nowNanos - measureFromNanos >= 0) {
      sessions++;
    }
  }

  void error(ErrorKind kind, long nowNanos) {
    if (nowNanos - measureFromNanos >= 0) {
      errors[kind.ordinal()]++;
    }
  }

  /** Adds the other loop's figures to these. */
  Stats add(Stats other) {
    hops += other.hops;
    sessions += other.sessions;
    micros.add(other.micros);
    for (int i = 0; i < errors.length; i++) {
      errors[i] += other.errors[i];
    }
    return this;
  }

  long hops() {
    return hops;
  }

  long sessions() {
    return sessions;
  }

  /** Every kind, in {@link ErrorKind} order, zeros included. */
  Map<String, Long> errors() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (ErrorKind kind : ErrorKind.values()) {
      out.put(kind.label(), errors[kind.ordinal()]);
    }
    return out;
  }

  LatencyMs latency() {
    return LatencyMs.ofMicros(micros);
  }
}
