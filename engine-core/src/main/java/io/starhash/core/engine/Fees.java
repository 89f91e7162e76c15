package io.starhash.core.engine;

import io.starhash.core.money.Money;
import io.starhash.core.operation.OperationType;

/**
 * What the customer pays on top of an amount. starhash charges nothing itself: the MMO applies
 * its own tariff to the transactions it books, so every quote shows a fee of zero. A fee
 * schedule of our own would post its fees as separate transactions, journaled like any other.
 */
final class Fees {

  private Fees() {}

  static Money of(OperationType type, Money amount) {
    return Money.zero(amount.currency());
  }
}
