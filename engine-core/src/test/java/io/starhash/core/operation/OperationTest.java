package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.AGENT;
import static io.starhash.core.operation.Ops.ALICE;
import static io.starhash.core.operation.Ops.BOB;
import static io.starhash.core.operation.Ops.MERCHANT;
import static io.starhash.core.operation.Ops.OTHER_AGENT;
import static io.starhash.core.operation.Ops.tzs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OperationTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final OperationId ID = new OperationId("OP7K2M9Q");

  private static Operation op(OperationType type, Initiator by, String partner, Msisdn recipient,
      OperationStatus status, String correlation, String failure) {
    return new Operation(ID, type, by, ALICE, partner, recipient, tzs(10_000), tzs(100), status, T0, T0,
        T0.plus(Duration.ofMinutes(5)), correlation, failure, 1);
  }

  private static Operation pendingCashIn(String partner) {
    return op(OperationType.CASH_IN, Initiator.CUSTOMER, partner, null, OperationStatus.PENDING_AGENT, null, null);
  }

  @Test
  void theInitiatorMustBeAllowedToStartTheType() {
    assertThatThrownBy(() -> op(OperationType.CASH_IN, Initiator.MERCHANT, MERCHANT, null,
        OperationStatus.PENDING_CUSTOMER, null, null)).hasMessageContaining("MERCHANT cannot start a CASH_IN");
    assertThatThrownBy(() -> op(OperationType.TRANSFER, Initiator.AGENT, null, BOB, OperationStatus.PROCESSING,
        "corr-0001", null)).hasMessageContaining("cannot start");
    assertThat(OperationType.MERCHANT_PAYMENT.allows(Initiator.MERCHANT)).isTrue();
    assertThat(OperationType.MERCHANT_PAYMENT.allows(Initiator.AGENT)).isFalse();
  }

  @Test
  void partiesFitTheType() {
    assertThatThrownBy(() -> op(OperationType.TRANSFER, Initiator.CUSTOMER, null, null, OperationStatus.PROCESSING,
        "corr-0001", null)).hasMessageContaining("recipient");
    assertThatThrownBy(() -> op(OperationType.TRANSFER, Initiator.CUSTOMER, null, ALICE, OperationStatus.PROCESSING,
        "corr-0001", null)).hasMessageContaining("oneself");
    assertThatThrownBy(() -> op(OperationType.CASH_OUT, Initiator.CUSTOMER, null, BOB, OperationStatus.PENDING_AGENT,
        null, null)).hasMessageContaining("only a transfer");
    assertThatThrownBy(() -> op(OperationType.MERCHANT_PAYMENT, Initiator.CUSTOMER, null, null,
        OperationStatus.PENDING_AGENT, null, null)).hasMessageContaining("needs a partner");
    assertThatThrownBy(() -> op(OperationType.CASH_OUT, Initiator.AGENT, null, null,
        OperationStatus.PENDING_CUSTOMER, null, null)).hasMessageContaining("needs a partner");
    assertThatThrownBy(() -> pendingCashIn("{A001}")).hasMessageContaining("bad partner id");
  }

  @Test
  void theStatusFitsWhoStartedIt() {
    assertThatThrownBy(() -> op(OperationType.CASH_OUT, Initiator.AGENT, AGENT, null, OperationStatus.PENDING_AGENT,
        null, null)).hasMessageContaining("only a customer's operation waits for an agent");
    assertThatThrownBy(() -> op(OperationType.CASH_OUT, Initiator.CUSTOMER, null, null,
        OperationStatus.PENDING_CUSTOMER, null, null)).hasMessageContaining("waits for the customer");
    assertThatThrownBy(() -> op(OperationType.TRANSFER, Initiator.CUSTOMER, null, BOB, OperationStatus.PENDING_AGENT,
        null, null)).hasMessageContaining("never pending");
    assertThatThrownBy(() -> op(OperationType.CASH_IN, Initiator.CUSTOMER, null, null, OperationStatus.PROCESSING,
        "corr-0001", null)).hasMessageContaining("needs the partner that accepted it");
  }

  @Test
  void correlationIdFromProcessingOnAndFailureCodeOnlyWhenFailed() {
    assertThatThrownBy(() -> op(OperationType.CASH_IN, Initiator.CUSTOMER, AGENT, null, OperationStatus.PROCESSING,
        null, null)).hasMessageContaining("needs a correlation id");
    assertThatThrownBy(() -> op(OperationType.CASH_IN, Initiator.CUSTOMER, AGENT, null, OperationStatus.PROCESSING,
        "short", null)).hasMessageContaining("bad correlation id");
    assertThatThrownBy(() -> op(OperationType.CASH_IN, Initiator.CUSTOMER, AGENT, null, OperationStatus.REJECTED,
        null, "insufficientFunds")).hasMessageContaining("FAILED operation only");
    assertThat(op(OperationType.CASH_IN, Initiator.CUSTOMER, AGENT, null, OperationStatus.FAILED, "corr-0001",
        "insufficientFunds").failureCode()).isEqualTo("insufficientFunds");
  }

  @Test
  void amountsAndTimesAreChecked() {
    assertThatThrownBy(() -> new Operation(ID, OperationType.CASH_IN, Initiator.CUSTOMER, ALICE, null, null,
        tzs(0), tzs(0), OperationStatus.PENDING_AGENT, T0, T0, T0, null, null, 1)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new Operation(ID, OperationType.CASH_IN, Initiator.CUSTOMER, ALICE, null, null,
        tzs(100), new Money(1, "KES"), OperationStatus.PENDING_AGENT, T0, T0, T0, null, null, 1))
        .hasMessageContaining("currencies");
    assertThatThrownBy(() -> new Operation(ID, OperationType.CASH_IN, Initiator.CUSTOMER, ALICE, null, null,
        tzs(100), tzs(0), OperationStatus.PENDING_AGENT, T0, T0.minusSeconds(1), T0, null, null, 1))
        .hasMessageContaining("out of order");
    Operation truncated = new Operation(ID, OperationType.CASH_IN, Initiator.CUSTOMER, ALICE, null, null,
        tzs(100), tzs(0), OperationStatus.PENDING_AGENT, T0.plusNanos(1_234_567), T0.plusNanos(1_234_567),
        T0.plusSeconds(300), null, null, 1);
    assertThat(truncated.createdAt()).isEqualTo(T0.plusMillis(1));
  }

  @Test
  void applyingAChangeSetsItsFieldsAndCountsTheVersion() {
    Operation next = pendingCashIn(null).apply(Transition.to(OperationStatus.PROCESSING).by(AGENT)
        .correlatedBy("corr-0001"), T0.plusSeconds(10));

    assertThat(next.status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(next.partnerId()).isEqualTo(AGENT);
    assertThat(next.mmoCorrelationId()).isEqualTo("corr-0001");
    assertThat(next.updatedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(next.createdAt()).isEqualTo(T0);
    assertThat(next.version()).isEqualTo(2);
  }

  @Test
  void anotherPartnersOperationCannotBeAnswered() {
    assertThatThrownBy(() -> pendingCashIn(AGENT).apply(Transition.to(OperationStatus.REJECTED).by(OTHER_AGENT), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another partner");
  }

  @Test
  void overdueOnlyWhilePendingFromTheExpiryTimeOn() {
    Operation pending = pendingCashIn(null);
    assertThat(pending.isOverdue(T0.plus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
    assertThat(pending.isOverdue(T0.plus(Duration.ofMinutes(5)))).isTrue();
    assertThat(pending.waitsForAnyAgent()).isTrue();
    assertThat(pendingCashIn(AGENT).waitsForAnyAgent()).isFalse();
    Operation rejected = pending.apply(Transition.to(OperationStatus.REJECTED), T0);
    assertThat(rejected.isOverdue(T0.plus(Duration.ofHours(1)))).isFalse();
  }

  @Test
  void idsAreShortTypableAndParsedLeniently() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1000; i++) {
      assertThat(OperationId.random(random).value()).matches("OP[A-HJKMNP-Z2-9]{6}");
    }
    assertThat(OperationId.parse(" op7k2m9q ")).contains(ID);
    assertThat(OperationId.parse("OP7K2M9")).isEmpty();
    assertThat(OperationId.parse("OP7K2M9O")).isEmpty();
    assertThat(OperationId.parse(null)).isEmpty();
    assertThatThrownBy(() -> new OperationId("op7k2m9q")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typesMapToMmapiTypesAndPartnerKinds() {
    assertThat(OperationType.CASH_IN.txType().wire()).isEqualTo("deposit");
    assertThat(OperationType.CASH_OUT.txType().wire()).isEqualTo("withdrawal");
    assertThat(OperationType.MERCHANT_PAYMENT.txType().wire()).isEqualTo("merchantpay");
    assertThat(OperationType.TRANSFER.txType().wire()).isEqualTo("transfer");
    assertThat(OperationType.TRANSFER.partnerKind()).isEmpty();
    assertThat(OperationType.fromWire("merchant-payment")).contains(OperationType.MERCHANT_PAYMENT);
    assertThat(OperationType.fromWire("deposit")).isEmpty();
  }
}
