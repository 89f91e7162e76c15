package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One money operation between a customer and a counterparty (agent, merchant, subscriber).
 *
 * @param counterpartyAccount the {@link Ledger} account on the other side
 * @param counterpartyName the name shown to the customer (a trading name, or a masked name)
 */
record Operation(
    String reference,
    OperationType type,
    Msisdn customer,
    String counterpartyAccount,
    String counterpartyName,
    Money amount,
    Money fee,
    OperationStatus status,
    Instant createdAt) {

  Operation {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
    Objects.requireNonNull(counterpartyName, "counterpartyName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("operation amount must be positive");
    }
  }

  Operation withStatus(OperationStatus s) {
    return new Operation(reference, type, customer, counterpartyAccount, counterpartyName, amount, fee, s, createdAt);
  }

  boolean isOlderThan(Duration timeout, Instant now) {
    return now.isAfter(createdAt.plus(timeout));
  }

  /** The ledger transfer that completes this operation. */
  Ledger.Transfer transfer() {
    String customerAccount = Ledger.subscriber(customer);
    return type.creditsCustomer()
        ? new Ledger.Transfer(reference, counterpartyAccount, customerAccount, amount.minor(), fee.minor(), true)
        : new Ledger.Transfer(reference, customerAccount, counterpartyAccount, amount.minor(), fee.minor(), false);
  }
}
