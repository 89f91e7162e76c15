package io.starhash.core.operation;

import io.starhash.core.money.Money;
import io.starhash.core.partner.Partner;
import io.starhash.core.phone.Msisdn;
import java.util.Objects;

/**
 * What it takes to create an operation; {@link OperationService#create} gives it an id, times
 * and its first status. The full rules are {@link Operation}'s.
 *
 * @param partnerId the partner (merchant code for a payment); null for a transfer, and for a
 *     customer's cash-in/out that any agent may accept
 * @param recipient the payee of a transfer; null otherwise
 */
public record NewOperation(OperationType type, Initiator initiator, Msisdn customer, String partnerId,
    Msisdn recipient, Money amount, Money fee) {

  public NewOperation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fee, "fee");
  }

  /** A cash-in/out (partner null: any agent) or merchant payment that the customer confirmed with their PIN. */
  public static NewOperation byCustomer(OperationType type, Msisdn customer, String partnerId, Money amount,
      Money fee) {
    return new NewOperation(type, Initiator.CUSTOMER, customer, partnerId, null, amount, fee);
  }

  /** A transfer from {@code customer} to {@code recipient}, confirmed with the customer's PIN. */
  public static NewOperation transfer(Msisdn customer, Msisdn recipient, Money amount, Money fee) {
    return new NewOperation(OperationType.TRANSFER, Initiator.CUSTOMER, customer, null, recipient, amount, fee);
  }

  /** An operation that {@code partner} starts for {@code customer}, who must approve it. */
  public static NewOperation byPartner(Partner partner, OperationType type, Msisdn customer, Money amount,
      Money fee) {
    return new NewOperation(type, Initiator.of(partner.kind()), customer, partner.id(), null, amount, fee);
  }

  /** The status it starts in: a transfer is posted at once, the rest wait for the other party. */
  OperationStatus firstStatus() {
    if (type == OperationType.TRANSFER) {
      return OperationStatus.PROCESSING;
    }
    return initiator == Initiator.CUSTOMER ? OperationStatus.PENDING_AGENT : OperationStatus.PENDING_CUSTOMER;
  }
}
