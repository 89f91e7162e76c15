package io.starhash.core.operation;

import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One two-party operation (cash-in, cash-out, merchant payment) or transfer, as stored.
 * Instants are kept to the millisecond, as the stores keep them.
 *
 * @param partnerId the agent id or merchant code; null for a transfer and for a customer's
 *     cash-in/out that waits for whichever agent accepts it (set when an agent answers)
 * @param recipient the subscriber a transfer pays; null for every other type
 * @param fee the fee the customer pays on top of {@code amount}, in its currency
 * @param expiresAt when a pending operation expires; meaningless once it is not pending
 * @param mmoCorrelationId the journal key ({@code X-CorrelationID}); set from {@code PROCESSING} on
 * @param failureCode the MMAPI {@code errorCode} of a {@code FAILED} operation, if known
 * @param version 1 on creation, one more on every transition: the compare-and-set stamp
 */
public record Operation(
    OperationId id,
    OperationType type,
    Initiator initiator,
    Msisdn customer,
    String partnerId,
    Msisdn recipient,
    Money amount,
    Money fee,
    OperationStatus status,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    String mmoCorrelationId,
    String failureCode,
    long version) {

  /** Agent ids and merchant codes: letters, digits, {@code _} and {@code -}. */
  public static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  /** What the MMAPI accepts as a client correlation id. */
  public static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
  private static final Pattern FAILURE_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public Operation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(status, "status");
    createdAt = millis(Objects.requireNonNull(createdAt, "createdAt"));
    updatedAt = millis(Objects.requireNonNull(updatedAt, "updatedAt"));
    expiresAt = millis(Objects.requireNonNull(expiresAt, "expiresAt"));
    String what = "operation " + id + ": ";
    check(type.allows(initiator), what + initiator + " cannot start a " + type);
    checkParties(what, type, initiator, customer, partnerId, recipient);
    check(amount.isPositive(), what + "amount must be positive");
    check(fee.currency().equals(amount.currency()), what + "fee and amount in different currencies");
    check(!updatedAt.isBefore(createdAt) && !expiresAt.isBefore(createdAt), what + "times out of order");
    checkStatus(what, type, initiator, status, partnerId);
    check(mmoCorrelationId == null || CORRELATION_ID.matcher(mmoCorrelationId).matches(),
        what + "bad correlation id");
    check(mmoCorrelationId != null || (status != OperationStatus.PROCESSING && status != OperationStatus.COMPLETED),
        what + status + " needs a correlation id");
    check(failureCode == null || (status == OperationStatus.FAILED && FAILURE_CODE.matcher(failureCode).matches()),
        what + "a failure code belongs to a FAILED operation only, as letters and digits");
    check(version >= 1, what + "version must be at least 1");
  }

  private static void checkParties(String what, OperationType type, Initiator initiator, Msisdn customer,
      String partnerId, Msisdn recipient) {
    check(partnerId == null || PARTNER_ID.matcher(partnerId).matches(), what + "bad partner id");
    if (type == OperationType.TRANSFER) {
      check(recipient != null && partnerId == null, what + "a transfer has a recipient and no partner");
      check(!recipient.equals(customer), what + "a transfer to oneself");
    } else {
      check(recipient == null, what + "only a transfer has a recipient");
      check(partnerId != null || (initiator == Initiator.CUSTOMER && type != OperationType.MERCHANT_PAYMENT),
          what + "a " + type + " started by the " + initiator + " needs a partner");
    }
  }

  private static void checkStatus(String what, OperationType type, Initiator initiator, OperationStatus status,
      String partnerId) {
    check(status != OperationStatus.PENDING_AGENT || initiator == Initiator.CUSTOMER,
        what + "only a customer's operation waits for an agent");
    check(status != OperationStatus.PENDING_CUSTOMER || initiator != Initiator.CUSTOMER,
        what + "only a partner's operation waits for the customer");
    check(type != OperationType.TRANSFER || !status.isPending(), what + "a transfer is never pending");
    boolean accepted = status == OperationStatus.PROCESSING || status == OperationStatus.COMPLETED;
    check(!accepted || type == OperationType.TRANSFER || partnerId != null,
        what + status + " needs the partner that accepted it");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static Instant millis(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Whether it still waits for an answer. */
  public boolean isPending() {
    return status.isPending();
  }

  /** Whether it is pending and its expiry time has come. */
  public boolean isOverdue(Instant now) {
    return isPending() && !now.isBefore(expiresAt);
  }

  /** Whether it is a customer's cash-in/out that any agent the customer stands before may accept. */
  public boolean waitsForAnyAgent() {
    return status == OperationStatus.PENDING_AGENT && partnerId == null;
  }

  /**
   * This operation after {@code change} at {@code now}, one version later.
   *
   * @throws IllegalTransitionException if the table does not allow the move
   * @throws IllegalArgumentException if the change does not fit: another partner's operation,
   *     a missing partner or correlation id, a failure code on a move to a status other than FAILED
   */
  Operation apply(Transition change, Instant now) {
    status.requireMoveTo(change.to());
    String partner = partnerId;
    if (change.partnerId() != null) {
      if (partnerId != null && !partnerId.equals(change.partnerId())) {
        throw new IllegalArgumentException("operation " + id + " belongs to another partner");
      }
      partner = change.partnerId();
    }
    String correlation = change.mmoCorrelationId() != null ? change.mmoCorrelationId() : mmoCorrelationId;
    Instant updated = now.isBefore(createdAt) ? createdAt : now;
    return new Operation(id, type, initiator, customer, partner, recipient, amount, fee, change.to(), createdAt,
        updated, expiresAt, correlation, change.failureCode(), version + 1);
  }
}
