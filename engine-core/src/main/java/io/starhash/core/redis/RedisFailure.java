package io.starhash.core.redis;

import io.lettuce.core.RedisCommandTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why a Redis command failed, as the stores report it. The stores' own reason enums hold these
 * names too and map to them by name.
 */
public enum RedisFailure {
  /** Not connected, connection lost, or Redis answered with an error (BUSY, LOADING, ...). */
  UNAVAILABLE,
  /** No answer within the command timeout. */
  TIMEOUT,
  /** Our request queue is full, or Redis is out of memory. */
  OVERLOADED;

  /** Classifies a failure of a Lettuce command; never null. */
  public static RedisFailure of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof RedisCommandTimeoutException) {
      return TIMEOUT;
    }
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (m.startsWith("Request queue size exceeded")
        || m.startsWith("Internal stack size exceeded")
        || m.startsWith("Command buffer size exceeded")
        || m.startsWith("OOM")) {
      return OVERLOADED;
    }
    return UNAVAILABLE;
  }

  /** The failure inside {@link CompletionException} / {@link ExecutionException} wrappers. */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
