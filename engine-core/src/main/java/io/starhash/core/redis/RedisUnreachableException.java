package io.starhash.core.redis;

/** Redis could not be reached (or refused us) when opening the shared connection at start-up. */
public final class RedisUnreachableException extends RuntimeException {

  public RedisUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
