package io.starhash.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The one Redis connection of the process, shared by every Redis store. Opened by
 * {@link RedisConnections#open}.
 *
 * <p>Thread-safe. Commands never block: they return stages that complete on Lettuce's I/O
 * threads, so callers must not do slow work in their continuations.
 */
public final class SharedRedis implements AutoCloseable {

  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

  private final RedisClient client;
  private final StatefulRedisConnection<byte[], byte[]> connection;
  private final RedisSettings settings;

  SharedRedis(RedisClient client, StatefulRedisConnection<byte[], byte[]> connection,
      RedisSettings settings) {
    this.client = client;
    this.connection = connection;
    this.settings = settings;
  }

  /** The asynchronous commands of the shared connection (binary keys and values). */
  public RedisAsyncCommands<byte[], byte[]> async() {
    return connection.async();
  }

  public RedisSettings settings() {
    return settings;
  }

  /** Whether the connection is up now; false while Lettuce reconnects. */
  public boolean isOpen() {
    return connection.isOpen();
  }

  /**
   * PINGs Redis, then reads its version: completes with e.g. {@code redis 7.2.4 at
   * 127.0.0.1:6379}, or exceptionally within the command timeout.
   */
  public CompletionStage<String> describe() {
    RedisAsyncCommands<byte[], byte[]> commands = async();
    return commands.ping()
        .thenCompose(pong -> commands.info("server"))
        .thenApply(info -> "redis " + version(info) + " at " + settings.address());
  }

  private static String version(String info) {
    return info.lines()
        .filter(l -> l.startsWith("redis_version:"))
        .map(l -> l.substring("redis_version:".length()).trim())
        .findFirst()
        .orElse("?");
  }

  /** Closes the connection and shuts the client's threads down with no quiet period. */
  @Override
  public void close() {
    try {
      connection.close();
    } finally {
      client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
    }
  }
}
