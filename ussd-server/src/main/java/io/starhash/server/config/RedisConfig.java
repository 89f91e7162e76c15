package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.REDIS_COMMAND_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.REDIS_CONNECT_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.REDIS_REQUEST_QUEUE_SIZE;
import static io.starhash.server.config.ConfigKeys.REDIS_URL;

import java.time.Duration;
import java.util.Optional;

/**
 * Redis, if used: where it is and how long to wait for it.
 *
 * <p>{@link #toString()} masks the password of the URL.
 *
 * @param url empty: every store stays in memory
 */
public record RedisConfig(
    Optional<RedisUrl> url, Duration commandTimeout, Duration connectTimeout, int requestQueueSize) {

  /** @throws ConfigException naming the key of a value that is not allowed */
  public RedisConfig {
    REDIS_URL.require(url);
    REDIS_COMMAND_TIMEOUT.require(commandTimeout);
    REDIS_CONNECT_TIMEOUT.require(connectTimeout);
    REDIS_REQUEST_QUEUE_SIZE.require(requestQueueSize);
  }
}
