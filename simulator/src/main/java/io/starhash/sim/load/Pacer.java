package io.starhash.sim.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When sessions start: back to back on each handset (the closed model), or at a fixed rate
 * across all handsets (the open model), where session {@code n} is due {@code n / rate}
 * seconds after the start whether or not a handset is free then. Thread-safe.
 */
final class Pacer {

  private static final double NANOS_PER_SECOND = 1e9;

  private final AtomicLong claimed = new AtomicLong();
  private final long startNanos;
  private final double nanosPerSession;

  private Pacer(long startNanos, double nanosPerSession) {
    this.startNanos = startNanos;
    this.nanosPerSession = nanosPerSession;
  }

  static Pacer closed() {
    return new Pacer(0, 0);
  }

  static Pacer atRate(double sessionsPerSecond, long startNanos) {
    return new Pacer(startNanos, NANOS_PER_SECOND / sessionsPerSecond);
  }

  /** Takes the next session: its 0-based index in the run. */
  long claim() {
    return claimed.getAndIncrement();
  }

  /** When the session of this index is due: {@code nowNanos} in the closed model. */
  long dueNanos(long index, long nowNanos) {
    return nanosPerSession == 0 ? nowNanos : startNanos + (long) (index * nanosPerSession);
  }
}
