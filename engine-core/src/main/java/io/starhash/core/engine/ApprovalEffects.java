package io.starhash.core.engine;

import static io.starhash.core.money.MoneyEffects.EXPIRED;
import static io.starhash.core.money.MoneyEffects.NONE;
import static io.starhash.core.money.MoneyEffects.OK;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.operation.OperationService;
import io.starhash.core.operation.OperationStatus;
import io.starhash.core.operation.Transition;
import io.starhash.core.operation.TransitionResult;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Menu 6: the requests agents and merchants started, which wait for the customer's PIN. */
final class ApprovalEffects {

  static final int TEXT_MAX = 60;

  private final OperationService operations;
  private final PartnerDirectory partners;
  private final Payer payer;
  private final Settlement settlement;
  private final Notifier notifier;
  private final PaymentEffects payments;

  ApprovalEffects(OperationService operations, PartnerDirectory partners, Payer payer, Settlement settlement,
      Notifier notifier, PaymentEffects payments) {
    this.operations = operations;
    this.partners = partners;
    this.payer = payer;
    this.settlement = settlement;
    this.notifier = notifier;
    this.payments = payments;
  }

  CompletionStage<EffectResult> next(EffectCall c) {
    return operations.awaitingCustomer(c.caller()).thenCompose(waiting -> {
      if (waiting.isEmpty()) {
        return Outcomes.now(Outcomes.of(NONE));
      }
      Operation op = waiting.get(0);
      return partners.find(op.partnerId()).thenApply(p -> Outcomes.of(OK, Map.of(
          "pendingRef", op.id().value(),
          "pendingText", text(op, p),
          "pendingCount", String.valueOf(waiting.size()))));
    });
  }

  private static String text(Operation op, Optional<Partner> partner) {
    String who = partner.map(p -> (op.type() == io.starhash.core.operation.OperationType.MERCHANT_PAYMENT
        ? "" : "agent ") + p.displayName()).orElse(op.partnerId());
    String fee = op.fee().isPositive() ? ", fee " + op.fee().format() : "";
    String t = Texts.describe(op) + fee + ", " + who;
    return t.length() > TEXT_MAX ? t.substring(0, TEXT_MAX) : t;
  }

  CompletionStage<EffectResult> approve(EffectCall c) {
    return waitingFor(c).thenCompose(op -> {
      if (op.isEmpty()) {
        return Outcomes.now(Outcomes.of(EXPIRED));
      }
      Operation o = op.get();
      boolean customerPays = o.type() != io.starhash.core.operation.OperationType.CASH_IN;
      return payer.refusal(c.caller(), c.arg("pin"), o.amount(), o.fee(), customerPays).thenCompose(refused -> {
        if (refused.isPresent()) {
          return Outcomes.now(refused.get());
        }
        return operations.transition(o.id(), OperationStatus.PENDING_CUSTOMER, Transition.to(OperationStatus.PROCESSING))
            .thenCompose(moved -> {
              if (!(moved instanceof TransitionResult.Moved m)) {
                return Outcomes.now(Outcomes.of(EXPIRED));
              }
              return settlement.settle(m.operation()).thenCompose(settled ->
                  payments.withBalance(c, Payer.outcomeOf(settled, Map.of("reference", o.id().value()))));
            });
      });
    });
  }

  CompletionStage<EffectResult> reject(EffectCall c) {
    return waitingFor(c).thenCompose(op -> {
      if (op.isEmpty()) {
        return Outcomes.now(Outcomes.of(EXPIRED));
      }
      return operations.transition(op.get().id(), OperationStatus.PENDING_CUSTOMER,
          Transition.to(OperationStatus.REJECTED)).thenApply(moved -> {
            if (moved instanceof TransitionResult.Moved m) {
              notifier.finalState(m.operation());
              return Outcomes.of(OK);
            }
            return Outcomes.of(EXPIRED);
          });
    });
  }

  /** The caller's operation named by the {@code reference} argument, if it still waits for them. */
  private CompletionStage<Optional<Operation>> waitingFor(EffectCall c) {
    Optional<OperationId> id = OperationId.parse(c.arg("reference"));
    if (id.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return operations.find(id.get()).thenApply(op -> op.filter(o -> o.customer().equals(c.caller())
        && o.status() == OperationStatus.PENDING_CUSTOMER));
  }
}
