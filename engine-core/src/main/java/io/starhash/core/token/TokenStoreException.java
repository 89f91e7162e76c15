package io.starhash.core.token;

import java.util.Objects;

/** A {@link TokenStore} could not answer, or answered with something it cannot have written. */
public final class TokenStoreException extends RuntimeException {

  /** Why the store failed. */
  public enum Reason {
    /** Not connected, connection lost, or the store answered with an error. */
    UNAVAILABLE,
    /** No answer within the command timeout. */
    TIMEOUT,
    /** The store refuses work: request queue full or out of memory. */
    OVERLOADED,
    /** A stored value that does not decode or decrypt (wrong {@code tokens.secret}?). */
    CORRUPT
  }

  private final Reason reason;

  public TokenStoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
