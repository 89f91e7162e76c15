package io.starhash.core.operation;

import java.util.Objects;

/**
 * A requested status move with the fields it sets on the way.
 *
 * @param partnerId the partner who answers (an agent accepting a customer's cash-in); null keeps it
 * @param mmoCorrelationId the journal key on a move to PROCESSING; null keeps it (the service
 *     assigns one on a move to PROCESSING if there is none)
 * @param failureCode the MMAPI {@code errorCode} of a move to FAILED; may be null
 */
public record Transition(OperationStatus to, String partnerId, String mmoCorrelationId, String failureCode) {

  public Transition {
    Objects.requireNonNull(to, "to");
  }

  /** A move to {@code status} that sets nothing else. */
  public static Transition to(OperationStatus status) {
    return new Transition(status, null, null, null);
  }

  /** The same move, answered by {@code partner}. */
  public Transition by(String partner) {
    return new Transition(to, partner, mmoCorrelationId, failureCode);
  }

  /** The same move, with the journal key {@code correlationId}. */
  public Transition correlatedBy(String correlationId) {
    return new Transition(to, partnerId, correlationId, failureCode);
  }

  /** The same move, with the MMAPI error code {@code code}. */
  public Transition failedWith(String code) {
    return new Transition(to, partnerId, mmoCorrelationId, code);
  }
}
