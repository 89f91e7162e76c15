package io.starhash.core.session;

/** The session store could not answer: down, slow, or overloaded. */
public final class SessionStoreException extends RuntimeException {

  /** Why the store failed, the {@code reason} tag of the store error metric. */
  public enum Reason {
    UNAVAILABLE,
    TIMEOUT,
    OVERLOADED,
    CORRUPT
  }

  private final Reason reason;

  public SessionStoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
