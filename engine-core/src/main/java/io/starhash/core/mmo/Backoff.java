package io.starhash.core.mmo;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th delay is drawn from {@code [d/2, d]} where
 * {@code d = min(max, initial * 2^n)}, so that many clients do not retry in step.
 *
 * <p>Not thread-safe: one per sequence of retries, used under its owner's lock.
 */
final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private int step;

  Backoff(Duration initial, Duration max) {
    this.initialMillis = Math.max(1, initial.toMillis());
    this.maxMillis = Math.max(initialMillis, max.toMillis());
  }

  /** The next delay; each call doubles the ceiling until it reaches the maximum. */
  Duration next() {
    long ceiling = initialMillis << Math.min(step, 30);
    if (ceiling <= 0 || ceiling > maxMillis) {
      ceiling = maxMillis;
    } else {
      step++;
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }
}
