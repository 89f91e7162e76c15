package io.starhash.core.redis;

import io.starhash.core.testing.RedisHarness;

/**
 * One {@link SharedRedis} on the harness's Redis for the whole test JVM, opened on first use and
 * closed at exit, so that Redis store tests need no connection set-up of their own.
 *
 * <p>Thread-safe. Tests must not close it.
 */
public final class TestRedis {

  private TestRedis() {}

  /** The JVM's shared test connection. */
  public static SharedRedis shared() {
    return Holder.REDIS;
  }

  /** Opened on first use of {@link #shared()} (holder idiom). */
  private static final class Holder {
    static final SharedRedis REDIS = open();

    private static SharedRedis open() {
      SharedRedis redis = RedisConnections.open(RedisSettings.of(RedisHarness.url()));
      Runtime.getRuntime().addShutdownHook(new Thread(redis::close, "test-redis-close"));
      return redis;
    }
  }
}
