package io.starhash.core.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.starhash.core.redis.RedisSettings;
import io.starhash.localredis.AvailableRedis;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis that tests share, one per JVM, started on first use: {@code REDIS_URL} if set (it
 * must be a disposable Redis: {@link #flushAll()} wipes it), else a server started here (the
 * {@code redis-server} on the PATH, else embedded-redis): {@link AvailableRedis}. A shutdown
 * hook stops it.
 *
 * <p>Thread-safe.
 */
public final class RedisHarness {

  private static final Logger log = LoggerFactory.getLogger(RedisHarness.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

  private RedisHarness() {}

  /** The url of the shared Redis, e.g. {@code redis://127.0.0.1:40123}. */
  public static String url() {
    return Shared.REDIS.url;
  }

  /** Deletes every key, for test isolation. */
  public static void flushAll() {
    commands().flushall();
  }

  /**
   * Blocking string commands on a connection of the harness's own (5 s timeout), for test
   * set-up and assertions: {@code PTTL}, {@code SCRIPT FLUSH}, {@code CLIENT PAUSE}, ...
   */
  public static RedisCommands<String, String> commands() {
    return Shared.REDIS.connection.sync();
  }

  /** Lazily started on first use of the class (holder idiom). */
  private static final class Shared {
    static final Running REDIS = Running.start();
  }

  private static final class Running {
    final String url;
    final StatefulRedisConnection<String, String> connection;

    private Running(String url, StatefulRedisConnection<String, String> connection) {
      this.url = url;
      this.connection = connection;
    }

    static Running start() {
      AvailableRedis found = AvailableRedis.find(System.getenv());
      String url = found.url();
      log.info("test redis at {} from {}", RedisSettings.of(url).maskedUrl(), found.source());
      RedisURI uri = RedisURI.create(url);
      uri.setTimeout(ADMIN_TIMEOUT);
      RedisClient client = RedisClient.create(uri);
      StatefulRedisConnection<String, String> connection;
      try {
        connection = client.connect();
      } catch (RuntimeException e) {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        found.close();
        throw new IllegalStateException("test redis at " + RedisSettings.of(url).maskedUrl()
            + " is not reachable", e);
      }
      // a server started here stops itself in its own shutdown hook
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }, "redis-harness-stop"));
      return new Running(url, connection);
    }
  }
}
