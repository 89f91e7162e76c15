package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.AGENT;
import static io.starhash.core.operation.Ops.ALICE;
import static io.starhash.core.operation.Ops.BOB;
import static io.starhash.core.operation.Ops.MERCHANT;
import static io.starhash.core.operation.Ops.join;
import static io.starhash.core.operation.Ops.tzs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link OperationStore} does; run for each store by a test class implementing it. */
public interface OperationStoreContract extends OperationFixture {

  Set<OperationStatus> ALL = EnumSet.allOf(OperationStatus.class);

  @Test
  default void getsWhatWasCreatedAndNothingForAnUnknownId() {
    Operation op = create(Ops.aliceCashIn());

    assertThat(join(store().get(op.id()))).contains(op);
    assertThat(join(store().get(new OperationId("OPZZZZZZ")))).isEmpty();
  }

  @Test
  default void refusesATakenIdAndKeepsTheFirst() {
    Operation op = create(Ops.aliceCashIn());
    Operation twin = new Operation(op.id(), OperationType.CASH_OUT, Initiator.CUSTOMER, BOB, null, null, tzs(1),
        tzs(0), OperationStatus.PENDING_AGENT, op.createdAt(), op.createdAt(), op.expiresAt(), null, null, 1);

    assertThat(join(store().create(twin))).isFalse();
    assertThat(stored(op)).isEqualTo(op);
    assertThat(join(store().byCustomer(BOB, ALL, 10))).isEmpty();
  }

  @Test
  default void compareAndSetWinsOnlyAgainstTheStoredVersion() {
    Operation op = create(Ops.aliceCashIn());
    Operation rejected = op.apply(Transition.to(OperationStatus.REJECTED).by(AGENT), clock().instant());
    Operation cancelled = op.apply(Transition.to(OperationStatus.CANCELLED), clock().instant());

    assertThat(join(store().compareAndSet(op, rejected))).isTrue();
    assertThat(join(store().compareAndSet(op, cancelled))).isFalse();
    assertThat(stored(op)).isEqualTo(rejected);
    assertThatThrownBy(() -> store().compareAndSet(rejected, cancelled))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
  }

  @Test
  default void listsACustomersOperationsNewestFirstByStatus() {
    Operation first = create(Ops.aliceCashIn());
    clock().advance(Duration.ofSeconds(1));
    Operation second = create(Ops.agentCashOut(ALICE));
    clock().advance(Duration.ofSeconds(1));
    Operation third = move(create(Ops.alicePays()), Transition.to(OperationStatus.REJECTED));
    Operation bobs = create(Ops.agentCashOut(BOB));

    assertThat(join(store().byCustomer(ALICE, OperationStatus.pending(), 10))).containsExactly(second, first);
    assertThat(join(store().byCustomer(ALICE, ALL, 10))).containsExactly(third, second, first);
    assertThat(join(store().byCustomer(ALICE, ALL, 2))).containsExactly(third, second);
    assertThat(join(store().byCustomer(ALICE, EnumSet.of(OperationStatus.REJECTED), 10))).containsExactly(third);
    assertThat(join(store().byCustomer(BOB, ALL, 10))).containsExactly(bobs);
  }

  @Test
  default void listsAPartnersOperationsIncludingOnesItAcceptedForAnyAgent() {
    Operation cashOut = create(Ops.agentCashOut(BOB));
    Operation payment = create(Ops.alicePays());
    clock().advance(Duration.ofSeconds(1));
    Operation cashIn = create(Ops.aliceCashIn());

    assertThat(join(store().byPartner(AGENT, OperationStatus.pending(), 10))).containsExactly(cashOut);
    assertThat(join(store().byPartner(MERCHANT, OperationStatus.pending(), 10))).containsExactly(payment);

    Operation accepted = move(cashIn, Transition.to(OperationStatus.PROCESSING).by(AGENT));
    Operation rejected = move(cashOut, Transition.to(OperationStatus.REJECTED));

    assertThat(join(store().byPartner(AGENT, OperationStatus.pending(), 10))).isEmpty();
    assertThat(join(store().byPartner(AGENT, EnumSet.of(OperationStatus.PROCESSING), 10))).containsExactly(accepted);
    assertThat(join(store().byPartner(AGENT, ALL, 10))).containsExactly(accepted, rejected);
    assertThat(join(store().byPartner("A999", ALL, 10))).isEmpty();
  }

  @Test
  default void findsOverduePendingOperationsFirstDueFirst() {
    Operation early = create(Ops.aliceCashIn());
    clock().advance(Duration.ofMinutes(1));
    Operation late = create(Ops.agentCashOut(BOB));
    create(NewOperation.transfer(ALICE, BOB, tzs(100), tzs(0)));

    clock().advance(TIMEOUT.minusMinutes(1).minusMillis(1));
    assertThat(join(store().overdue(clock().instant(), 10))).isEmpty();
    clock().advance(Duration.ofMillis(1));
    assertThat(join(store().overdue(clock().instant(), 10))).containsExactly(early);
    clock().advance(Duration.ofMinutes(1));
    assertThat(join(store().overdue(clock().instant(), 10))).containsExactly(early, late);
    assertThat(join(store().overdue(clock().instant(), 1))).containsExactly(early);
  }
}
