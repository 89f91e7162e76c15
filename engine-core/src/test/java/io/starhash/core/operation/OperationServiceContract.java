package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.AGENT;
import static io.starhash.core.operation.Ops.ALICE;
import static io.starhash.core.operation.Ops.BOB;
import static io.starhash.core.operation.Ops.MERCHANT;
import static io.starhash.core.operation.Ops.OTHER_AGENT;
import static io.starhash.core.operation.Ops.join;
import static io.starhash.core.operation.Ops.tzs;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.operation.TransitionResult.Conflict;
import io.starhash.core.operation.TransitionResult.Invalid;
import io.starhash.core.operation.TransitionResult.Moved;
import io.starhash.core.operation.TransitionResult.NotFound;
import io.starhash.core.testing.Concurrently;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The operation service on each store: races, expiry and the queries the channels use. */
public interface OperationServiceContract extends OperationFixture {

  int RACES = 20;

  @Test
  default void ofTwoRacingMovesFromOneStatusExactlyOneWins() throws Exception {
    for (int i = 0; i < RACES; i++) {
      Operation op = create(Ops.aliceCashIn());
      List<TransitionResult> results = Concurrently.run(List.<Callable<TransitionResult>>of(
          () -> join(service().transition(op.id(), OperationStatus.PENDING_AGENT,
              Transition.to(OperationStatus.PROCESSING).by(AGENT))),
          () -> join(service().transition(op.id(), OperationStatus.PENDING_AGENT,
              Transition.to(OperationStatus.CANCELLED)))));

      assertThat(results).filteredOn(r -> r instanceof Moved).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof Conflict).hasSize(1);
      Operation winner = results.stream().filter(r -> r instanceof Moved).map(r -> ((Moved) r).operation())
          .findFirst().orElseThrow();
      Operation seenByLoser = results.stream().filter(r -> r instanceof Conflict).map(r -> ((Conflict) r).current())
          .findFirst().orElseThrow();
      assertThat(stored(op)).isEqualTo(winner).isEqualTo(seenByLoser);
      assertThat(winner.version()).isEqualTo(2);
    }
  }

  @Test
  default void anAgentAcceptingAtTheDeadlineAndTheExpiryJobNeverBothWin() throws Exception {
    for (int i = 0; i < RACES; i++) {
      Operation op = create(Ops.aliceCashIn());
      clock().advance(TIMEOUT);
      List<Object> results = Concurrently.run(List.<Callable<Object>>of(
          () -> join(service().transition(op.id(), OperationStatus.PENDING_AGENT,
              Transition.to(OperationStatus.PROCESSING).by(AGENT))),
          () -> join(service().expireOverdue())));

      assertThat(results.get(0)).isInstanceOf(Conflict.class);
      assertThat(stored(op).status()).isEqualTo(OperationStatus.EXPIRED);
      assertThat(stored(op).version()).isEqualTo(2);
    }
  }

  @Test
  default void expiresPendingOperationsAtTheirTimeAndNothingElse() {
    Operation waitsForAgent = create(Ops.aliceCashIn());
    Operation waitsForCustomer = create(Ops.agentCashOut(BOB));
    Operation transfer = create(NewOperation.transfer(ALICE, BOB, tzs(100), tzs(0)));
    Operation answered = move(create(Ops.alicePays()), Transition.to(OperationStatus.PROCESSING));

    clock().advance(TIMEOUT.minusMillis(1));
    assertThat(join(service().expireOverdue())).isEmpty();
    clock().advance(Duration.ofMillis(1));
    List<Operation> expired = join(service().expireOverdue());

    assertThat(expired).extracting(Operation::id).containsExactlyInAnyOrder(waitsForAgent.id(), waitsForCustomer.id());
    assertThat(expired).allSatisfy(op -> assertThat(op.status()).isEqualTo(OperationStatus.EXPIRED));
    assertThat(stored(waitsForAgent).status()).isEqualTo(OperationStatus.EXPIRED);
    assertThat(stored(transfer)).isEqualTo(transfer);
    assertThat(stored(answered)).isEqualTo(answered);
    assertThat(join(service().expireOverdue())).isEmpty();
  }

  @Test
  default void aLateApprovalExpiresTheOperationInsteadEvenBeforeTheJobRuns() {
    Operation op = create(Ops.agentCashOut(ALICE));
    clock().advance(TIMEOUT);

    TransitionResult r = join(service().transition(op.id(), OperationStatus.PENDING_CUSTOMER,
        Transition.to(OperationStatus.PROCESSING)));

    assertThat(r).isInstanceOf(Conflict.class);
    assertThat(((Conflict) r).current().status()).isEqualTo(OperationStatus.EXPIRED);
    assertThat(join(service().find(op.id()))).map(Operation::status).contains(OperationStatus.EXPIRED);
  }

  @Test
  default void movesThatDoNotFitAreRefusedWithTheReason() {
    Operation cashOut = create(Ops.agentCashOut(ALICE));
    Operation cashIn = create(Ops.aliceCashIn());

    assertThat(join(service().transition(cashOut.id(), OperationStatus.PENDING_CUSTOMER,
        Transition.to(OperationStatus.CANCELLED).by(OTHER_AGENT)))).isInstanceOf(Invalid.class);
    assertThat(join(service().transition(cashIn.id(), OperationStatus.PENDING_AGENT,
        Transition.to(OperationStatus.PROCESSING)))).isInstanceOfSatisfying(Invalid.class,
            i -> assertThat(i.reason()).contains("needs the partner that accepted it"));
    assertThat(join(service().transition(cashIn.id(), OperationStatus.PENDING_AGENT,
        Transition.to(OperationStatus.EXPIRED)))).isInstanceOf(Invalid.class);
    assertThat(join(service().transition(cashIn.id(), OperationStatus.PENDING_CUSTOMER,
        Transition.to(OperationStatus.REJECTED)))).isEqualTo(new Conflict(cashIn));
    assertThat(join(service().transition(new OperationId("OPZZZZZZ"), OperationStatus.PENDING_AGENT,
        Transition.to(OperationStatus.REJECTED)))).isEqualTo(new NotFound(new OperationId("OPZZZZZZ")));
    assertThat(stored(cashOut)).isEqualTo(cashOut);
    assertThat(stored(cashIn)).isEqualTo(cashIn);
  }

  @Test
  default void aTransferStartsProcessingAndAcceptanceGetsAJournalKey() {
    Operation transfer = create(NewOperation.transfer(ALICE, BOB, tzs(100), tzs(10)));
    Operation accepted = move(create(Ops.aliceCashIn()), Transition.to(OperationStatus.PROCESSING).by(AGENT));
    Operation keyed = move(create(Ops.alicePays()), Transition.to(OperationStatus.PROCESSING)
        .correlatedBy("journal-key-1"));

    assertThat(transfer.status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(transfer.recipient()).isEqualTo(BOB);
    assertThat(transfer.mmoCorrelationId()).matches(Operation.CORRELATION_ID);
    assertThat(accepted.mmoCorrelationId()).matches(Operation.CORRELATION_ID).isNotEqualTo(transfer.mmoCorrelationId());
    assertThat(keyed.mmoCorrelationId()).isEqualTo("journal-key-1");
    Operation failed = move(transfer, Transition.to(OperationStatus.FAILED).failedWith("insufficientFunds"));
    assertThat(stored(failed).failureCode()).isEqualTo("insufficientFunds");
    assertThat(stored(failed).mmoCorrelationId()).isEqualTo(transfer.mmoCorrelationId());
  }

  @Test
  default void theChannelQueriesSeeWhatWaitsForWhom() {
    Operation anyAgent = create(Ops.aliceCashIn());
    Operation namedAgent = create(NewOperation.byCustomer(OperationType.CASH_OUT, ALICE, AGENT, tzs(500), tzs(0)));
    Operation payment = create(Ops.alicePays());
    clock().advance(Duration.ofSeconds(1));
    Operation firstRequest = create(Ops.agentCashOut(ALICE));
    clock().advance(Duration.ofSeconds(1));
    Operation secondRequest = create(new NewOperation(OperationType.MERCHANT_PAYMENT, Initiator.MERCHANT, ALICE,
        MERCHANT, null, tzs(700), tzs(0)));

    assertThat(join(service().waitingForAnyAgent(ALICE))).containsExactly(anyAgent);
    assertThat(join(service().waitingForAnyAgent(BOB))).isEmpty();
    assertThat(join(service().awaitingCustomer(ALICE))).containsExactly(firstRequest, secondRequest);
    assertThat(join(service().pendingForPartner(AGENT))).containsExactlyInAnyOrder(namedAgent, firstRequest);
    assertThat(join(service().pendingForPartner(MERCHANT))).containsExactlyInAnyOrder(payment, secondRequest);
  }

  @Test
  default void readsShowAnOverduePendingOperationAsExpired() {
    Operation op = create(Ops.agentCashOut(ALICE));
    clock().advance(TIMEOUT);

    assertThat(join(service().awaitingCustomer(ALICE))).isEmpty();
    assertThat(join(service().pendingForPartner(AGENT))).isEmpty();
    assertThat(join(service().byCustomer(ALICE, EnumSet.of(OperationStatus.EXPIRED))))
        .extracting(Operation::id).containsExactly(op.id());
    assertThat(stored(op).status()).isEqualTo(OperationStatus.EXPIRED);
  }
}
