package io.starhash.sim.handset;

import java.util.Objects;

/** A hop that produced no screen: the server was unreachable, slow, or broke the protocol. */
public final class HandsetException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently (exit codes, retries). */
  public enum Kind {
    /** The server answered with a status outside 2xx; the message holds its body. */
    HTTP_STATUS,
    /** The body did not start with {@code CON} or {@code END}. */
    BAD_REPLY,
    /** The connection failed or broke. */
    IO,
    /** No reply within the request timeout. */
    TIMEOUT,
    /** {@link Dialer#send} without a session to continue. */
    NO_SESSION
  }

  private final Kind kind;

  public HandsetException(Kind kind, String reason) {
    this(kind, reason, null);
  }

  public HandsetException(Kind kind, String reason, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
