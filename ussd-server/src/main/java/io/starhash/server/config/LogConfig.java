package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.LOG_LEVEL;

/** Logging: the root level. */
public record LogConfig(LogLevel level) {

  /** @throws ConfigException if the level is missing */
  public LogConfig {
    LOG_LEVEL.require(level);
  }
}
