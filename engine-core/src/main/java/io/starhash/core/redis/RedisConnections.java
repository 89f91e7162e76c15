package io.starhash.core.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the shared Redis connection with the options every store relies on: a fixed command
 * timeout, a bounded request queue, commands rejected at once while disconnected, and
 * automatic reconnection.
 */
public final class RedisConnections {

  private static final Logger log = LoggerFactory.getLogger(RedisConnections.class);

  private RedisConnections() {}

  /**
   * Connects now and fails fast if Redis is not there.
   *
   * @throws RedisUnreachableException naming the url (password masked) if Redis cannot be
   *     reached or refuses the connection
   */
  public static SharedRedis open(RedisSettings settings) {
    RedisClient client = RedisClient.create();
    client.setOptions(options(settings));
    try {
      StatefulRedisConnection<byte[], byte[]> connection =
          client.connect(ByteArrayCodec.INSTANCE, settings.uri());
      log.info("connected to redis at {}", settings.maskedUrl());
      return new SharedRedis(client, connection, settings);
    } catch (RuntimeException e) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      Throwable root = rootCause(e);
      throw new RedisUnreachableException(
          "cannot connect to redis at " + settings.maskedUrl() + ": " + root.getMessage(), e);
    }
  }

  static ClientOptions options(RedisSettings settings) {
    return ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .requestQueueSize(settings.requestQueueSize())
        .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
        .socketOptions(SocketOptions.builder()
            .connectTimeout(settings.connectTimeout())
            .keepAlive(true)
            .tcpNoDelay(true)
            .build())
        .build();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
