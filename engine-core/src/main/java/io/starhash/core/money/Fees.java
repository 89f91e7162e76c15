package io.starhash.core.money;

/**
 * The demo fee rule: nothing for cash-in and merchant payments; 1% (half up), at least 1.00,
 * for cash-out and send-money. Stateless.
 */
final class Fees {

  private static final long MINIMUM = 100;

  Money feeFor(OperationType type, Money amount) {
    return switch (type) {
      case CASH_IN, MERCHANT_PAYMENT -> Money.zero(amount.currency());
      case CASH_OUT, SEND_MONEY -> new Money(Math.max(MINIMUM, (amount.minor() + 50) / 100), amount.currency());
    };
  }
}
