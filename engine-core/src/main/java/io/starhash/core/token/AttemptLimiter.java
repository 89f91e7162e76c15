package io.starhash.core.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per caller: {@code attempts} per {@code window}, refilled continuously, full
 * for a caller never seen. Time comes from the injected clock. Buckets that have refilled are
 * dropped once more than {@link #SWEEP_ABOVE} callers are tracked, at most once a window.
 *
 * <p>Thread-safe. Buckets are per process: with N instances a caller gets N times the attempts
 * unless the load balancer keeps callers on one instance.
 */
final class AttemptLimiter {

  static final int SWEEP_ABOVE = 100_000;

  private record Bucket(double attempts, long atMillis) {}

  private final int capacity;
  private final double refillPerMilli;
  private final long windowMillis;
  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

  AttemptLimiter(int attempts, Duration window, Clock clock) {
    this.capacity = attempts;
    this.windowMillis = window.toMillis();
    this.refillPerMilli = (double) attempts / windowMillis;
    this.clock = clock;
  }

  /** Takes one attempt for {@code caller}: empty if allowed, else how long until one is. */
  Optional<Duration> take(String caller) {
    long now = clock.millis();
    long[] waitMillis = {0};
    buckets.compute(caller, (k, b) -> {
      double left = level(b, now);
      if (left >= 1) {
        return new Bucket(left - 1, now);
      }
      waitMillis[0] = Math.max(1, (long) Math.ceil((1 - left) * windowMillis / capacity));
      return new Bucket(left, now);
    });
    if (buckets.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    return waitMillis[0] == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis[0]));
  }

  /** How many callers are tracked now. */
  int tracked() {
    return buckets.size();
  }

  private double level(Bucket b, long now) {
    if (b == null) {
      return capacity;
    }
    long elapsed = Math.max(0, now - b.atMillis());
    return Math.min(capacity, b.attempts() + elapsed * refillPerMilli);
  }

  private void sweep(long now) {
    long last = lastSweep.get();
    if (last != Long.MIN_VALUE && now - last < windowMillis) {
      return;
    }
    if (lastSweep.compareAndSet(last, now)) {
      buckets.entrySet().removeIf(e -> level(e.getValue(), now) >= capacity);
    }
  }
}
