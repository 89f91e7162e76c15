package io.starhash.server.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how hard the benchmark runs.
 *
 * @param concurrency virtual handsets of the load generator, each running one session at a time
 * @param duration how long each mode is measured, after {@code warmup}
 * @param warmup how long each mode runs unmeasured first
 * @param liveSessions how many sessions are opened to measure Redis memory and heap per session
 * @param quick whether this is the smoke-test size (printed with the results)
 */
public record BenchSettings(int concurrency, Duration duration, Duration warmup, int liveSessions, boolean quick) {

  /** The session count the heap target of the performance goals is stated for. */
  public static final int FULL_LIVE_SESSIONS = 100_000;
  public static final int DEFAULT_CONCURRENCY = 32;

  public BenchSettings {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(warmup, "warmup");
    if (concurrency < 1 || concurrency > 10_000) {
      throw new IllegalArgumentException("concurrency must be 1-10000, was " + concurrency);
    }
    if (duration.toMillis() < 100) {
      throw new IllegalArgumentException("duration must be at least 100 ms, was " + duration);
    }
    if (warmup.isNegative()) {
      throw new IllegalArgumentException("warm-up must not be negative, was " + warmup);
    }
    if (liveSessions < 1 || liveSessions > 10_000_000) {
      throw new IllegalArgumentException("live sessions must be 1-10000000, was " + liveSessions);
    }
  }

  /** 20 s per mode after 5 s of warm-up, 100,000 live sessions. */
  public static BenchSettings standard() {
    return new BenchSettings(DEFAULT_CONCURRENCY, Duration.ofSeconds(20), Duration.ofSeconds(5),
        FULL_LIVE_SESSIONS, false);
  }

  /** A smoke run well under a minute: 5 s per mode after 2 s of warm-up, 10,000 live sessions. */
  public static BenchSettings quickRun() {
    return new BenchSettings(DEFAULT_CONCURRENCY, Duration.ofSeconds(5), Duration.ofSeconds(2), 10_000, true);
  }

  public BenchSettings withConcurrency(int c) {
    return new BenchSettings(c, duration, warmup, liveSessions, quick);
  }

  public BenchSettings withDuration(Duration d) {
    return new BenchSettings(concurrency, d, warmup, liveSessions, quick);
  }

  public BenchSettings withLiveSessions(int n) {
    return new BenchSettings(concurrency, duration, warmup, n, quick);
  }
}
