package io.starhash.core.operation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an operation is in its life. The allowed moves are one table, {@link TransitionTable};
 * a customer-initiated transfer skips the pending states and starts in {@link #PROCESSING}.
 */
public enum OperationStatus {
  /** The customer confirmed with their PIN; waits for an agent (or the merchant) to accept. */
  PENDING_AGENT,
  /** An agent or merchant created it; waits for the customer to approve with their PIN. */
  PENDING_CUSTOMER,
  /** Posted to the MMO under its correlation id; the result is not in yet. */
  PROCESSING,
  /** The MMO completed the transaction: money moved. */
  COMPLETED,
  /** The party that had to accept said no. */
  REJECTED,
  /** The party that started it withdrew it before it was accepted. */
  CANCELLED,
  /** Nobody answered before its expiry time. */
  EXPIRED,
  /** Refused (by our limits on approval, or by the MMO) or failed at the MMO; nothing moved. */
  FAILED;

  private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The name in the agent API: {@code pending-agent}, {@code completed}, ... */
  public String wire() {
    return wire;
  }

  /** Whether the operation still waits for someone's answer. */
  public boolean isPending() {
    return this == PENDING_AGENT || this == PENDING_CUSTOMER;
  }

  /** Whether nothing can happen to the operation any more. */
  public boolean isFinal() {
    return TransitionTable.next(this).isEmpty();
  }

  /** Whether the table allows a move from this status to {@code to}. */
  public boolean canMoveTo(OperationStatus to) {
    return TransitionTable.next(this).contains(to);
  }

  /** The statuses this one may move to; empty for a final status. */
  public Set<OperationStatus> next() {
    return TransitionTable.next(this);
  }

  /**
   * Fails unless the table allows a move from this status to {@code to}.
   *
   * @throws IllegalTransitionException naming both statuses
   */
  public void requireMoveTo(OperationStatus to) {
    if (!canMoveTo(to)) {
      throw new IllegalTransitionException(this, to);
    }
  }

  /** The two pending statuses. */
  public static Set<OperationStatus> pending() {
    return EnumSet.of(PENDING_AGENT, PENDING_CUSTOMER);
  }

  public static Optional<OperationStatus> fromWire(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
  }
}
