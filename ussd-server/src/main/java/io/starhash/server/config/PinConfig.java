package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.PIN_LENGTH;
import static io.starhash.server.config.ConfigKeys.PIN_LOCK_DURATION;
import static io.starhash.server.config.ConfigKeys.PIN_MAX_ATTEMPTS;

import java.time.Duration;

/** PINs: how many digits, and how many wrong ones in a row lock an account for how long. */
public record PinConfig(int length, int maxAttempts, Duration lockDuration) {

  /** @throws ConfigException naming the key of a value that is not allowed */
  public PinConfig {
    PIN_LENGTH.require(length);
    PIN_MAX_ATTEMPTS.require(maxAttempts);
    PIN_LOCK_DURATION.require(lockDuration);
  }
}
