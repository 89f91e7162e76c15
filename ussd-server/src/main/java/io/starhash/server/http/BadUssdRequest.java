package io.starhash.server.http;

import java.util.Objects;

/**
 * A request that cannot become a hop: carries the wire reason, a short message safe to send
 * back to the caller, and what is known of the session for the log line.
 *
 * <p>The message never holds user input. Stack traces are not filled in: this is an expected
 * outcome on a hot path, not a bug.
 */
final class BadUssdRequest extends Exception {

  private final RejectReason reason;
  private final String sessionId;
  private final String phone;

  BadUssdRequest(RejectReason reason, String message) {
    this(reason, message, null, null);
  }

  /**
   * @param sessionId the raw session id if one was read, else null
   * @param phone the raw phone number if one was read, else null; it is masked before logging
   */
  BadUssdRequest(RejectReason reason, String message, String sessionId, String phone) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.sessionId = sessionId;
    this.phone = phone;
  }

  RejectReason reason() {
    return reason;
  }

  /** The raw session id, or null. */
  String sessionId() {
    return sessionId;
  }

  /** The raw (unmasked) phone number, or null. */
  String phone() {
    return phone;
  }
}
