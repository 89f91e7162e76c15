package io.starhash.core.engine;

import io.starhash.core.operation.Operation;

/** How operations are named in SMS, notifications and pending-request screens. */
final class Texts {

  private Texts() {}

  static String describe(Operation op) {
    String kind = switch (op.type()) {
      case CASH_IN -> "Cash-in";
      case CASH_OUT -> "Cash-out";
      case MERCHANT_PAYMENT -> "Payment";
      case TRANSFER -> "Transfer";
    };
    return kind + " of " + Notifier.money(op.amount());
  }

  static String outcome(Operation op) {
    return switch (op.status()) {
      case COMPLETED -> "completed.";
      case REJECTED -> "rejected. No money was moved.";
      case CANCELLED -> "cancelled. No money was moved.";
      case EXPIRED -> "expired. No money was moved.";
      case FAILED -> "failed" + (op.failureCode() == null ? "" : " (" + op.failureCode() + ")")
          + ". No money was moved.";
      default -> "is being processed.";
    };
  }
}
