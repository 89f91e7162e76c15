package io.starhash.core.subscriber;

/**
 * The subscriber store could not answer (down, slow, overloaded), holds a value it cannot read,
 * or lost every retry of a contended update. The cause, if any, is the store's own failure
 * ({@link io.starhash.core.redis.RedisFailure#of} classifies a Redis one).
 */
public final class SubscriberStoreException extends RuntimeException {

  public SubscriberStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
