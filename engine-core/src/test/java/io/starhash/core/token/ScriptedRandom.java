package io.starhash.core.token;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A random source whose token draws ({@code nextInt(origin, bound)}) tests script: queued
 * payloads first, then a fixed payload forever if one is set, else seeded random draws.
 * Thread-safe.
 */
final class ScriptedRandom implements RandomGenerator {

  private final Deque<Integer> queued = new ArrayDeque<>();
  private final SplittableRandom fallback = new SplittableRandom(20260101L);
  private Integer forever;

  /** Queues payloads (8 digits, no leading 0) for the next draws. */
  synchronized ScriptedRandom then(int... payloads) {
    for (int p : payloads) {
      queued.addLast(p);
    }
    return this;
  }

  /** Every draw after the queued ones returns {@code payload}; null goes back to random draws. */
  synchronized ScriptedRandom always(Integer payload) {
    forever = payload;
    return this;
  }

  @Override
  public synchronized int nextInt(int origin, int bound) {
    if (!queued.isEmpty()) {
      return queued.removeFirst();
    }
    return forever != null ? forever : fallback.nextInt(origin, bound);
  }

  @Override
  public synchronized long nextLong() {
    return fallback.nextLong();
  }
}
