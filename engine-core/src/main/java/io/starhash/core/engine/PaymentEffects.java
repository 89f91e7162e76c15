package io.starhash.core.engine;

import static io.starhash.core.money.MoneyEffects.OK;
import static io.starhash.core.money.MoneyEffects.SELF;
import static io.starhash.core.money.MoneyEffects.UNKNOWN;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.Money;
import io.starhash.core.operation.NewOperation;
import io.starhash.core.operation.OperationService;
import io.starhash.core.operation.OperationType;
import io.starhash.core.partner.PartnerDirectory;
import io.starhash.core.subscriber.SubscriberService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The effects where a customer commits money: quotes and look-ups, cash-in and cash-out
 * requests (they wait for an agent), merchant payments (they wait for the merchant) and
 * transfers (posted to the MMO at once).
 */
final class PaymentEffects {

  private final String currency;
  private final OperationService operations;
  private final PartnerDirectory partners;
  private final People people;
  private final Payer payer;
  private final Settlement settlement;
  private final Notifier notifier;
  private final SubscriberService subscribers;
  private final Limits limits;

  /** What the payment effects work with. */
  record Deps(String currency, OperationService operations, PartnerDirectory partners, People people, Payer payer,
      Settlement settlement, Notifier notifier, SubscriberService subscribers, Limits limits) {}

  PaymentEffects(Deps d) {
    this.currency = d.currency();
    this.operations = d.operations();
    this.partners = d.partners();
    this.people = d.people();
    this.payer = d.payer();
    this.settlement = d.settlement();
    this.notifier = d.notifier();
    this.subscribers = d.subscribers();
    this.limits = d.limits();
  }

  CompletionStage<EffectResult> quote(EffectCall c) {
    Optional<Money> amount = amount(c);
    Optional<OperationType> type = OperationType.fromWire(c.arg("type").replace("send-money", "transfer"));
    if (amount.isEmpty() || type.isEmpty()) {
      return Outcomes.now(Outcomes.error());
    }
    Money fee = Fees.of(type.get(), amount.get());
    return subscribers.find(c.caller()).thenCompose(sub -> {
      if (sub.isEmpty()) {
        return Outcomes.now(Outcomes.error());
      }
      return limits.breached(c.caller(), sub.get().kycTier(), amount.get().plus(fee)).thenApply(limit -> limit
          .map(Outcomes::overLimit)
          .orElseGet(() -> Outcomes.of(OK, Map.of("fee", fee.format(), "total", amount.get().plus(fee).format(),
              "currency", currency))));
    });
  }

  CompletionStage<EffectResult> findMerchant(EffectCall c) {
    return partners.merchant(c.arg("merchant")).thenApply(m -> m
        .map(p -> Outcomes.of(OK, Map.of("merchantName", p.displayName())))
        .orElse(Outcomes.of(UNKNOWN)));
  }

  CompletionStage<EffectResult> findRecipient(EffectCall c) {
    return people.find(c.arg("recipient"), "msisdn:" + c.caller().e164()).thenApply(r -> {
      if (r.isEmpty()) {
        return Outcomes.of(UNKNOWN);
      }
      if (r.get().msisdn().equals(c.caller())) {
        return Outcomes.of(SELF);
      }
      return Outcomes.of(OK, Map.of("recipientName", r.get().displayName()));
    });
  }

  CompletionStage<EffectResult> cashIn(EffectCall c) {
    return request(c, OperationType.CASH_IN, null, false);
  }

  CompletionStage<EffectResult> cashOut(EffectCall c) {
    return request(c, OperationType.CASH_OUT, null, true);
  }

  CompletionStage<EffectResult> payMerchant(EffectCall c) {
    return partners.merchant(c.arg("merchant")).thenCompose(m -> m.isEmpty()
        ? Outcomes.now(Outcomes.of(UNKNOWN))
        : request(c, OperationType.MERCHANT_PAYMENT, m.get().id(), true));
  }

  /** A customer's request that waits for an agent (any agent when {@code partnerId} is null) or a merchant. */
  private CompletionStage<EffectResult> request(EffectCall c, OperationType type, String partnerId,
      boolean needsFunds) {
    Optional<Money> amount = amount(c);
    if (amount.isEmpty()) {
      return Outcomes.now(Outcomes.error());
    }
    Money fee = Fees.of(type, amount.get());
    return payer.refusal(c.caller(), c.arg("pin"), amount.get(), fee, needsFunds).thenCompose(refused -> {
      if (refused.isPresent()) {
        return Outcomes.now(refused.get());
      }
      return operations.create(NewOperation.byCustomer(type, c.caller(), partnerId, amount.get(), fee))
          .thenApply(op -> {
            notifier.waitingForPartner(op);
            return Outcomes.of(OK, Map.of("reference", op.id().value()));
          });
    });
  }

  CompletionStage<EffectResult> sendMoney(EffectCall c) {
    Optional<Money> amount = amount(c);
    if (amount.isEmpty()) {
      return Outcomes.now(Outcomes.error());
    }
    Money fee = Fees.of(OperationType.TRANSFER, amount.get());
    return people.find(c.arg("recipient"), "msisdn:" + c.caller().e164()).thenCompose(to -> {
      if (to.isEmpty() || to.get().msisdn().equals(c.caller())) {
        return Outcomes.now(Outcomes.of(UNKNOWN));
      }
      return payer.refusal(c.caller(), c.arg("pin"), amount.get(), fee, true).thenCompose(refused -> {
        if (refused.isPresent()) {
          return Outcomes.now(refused.get());
        }
        return operations.create(NewOperation.transfer(c.caller(), to.get().msisdn(), amount.get(), fee))
            .thenCompose(settlement::settle)
            .thenCompose(settled -> withBalance(c, Payer.outcomeOf(settled,
                Map.of("reference", settled.operation().id().value()))));
      });
    });
  }

  /** Adds the caller's balance to a successful outcome, when the MMO tells it. */
  CompletionStage<EffectResult> withBalance(EffectCall c, EffectResult r) {
    if (!r.outcome().equals(OK)) {
      return Outcomes.now(r);
    }
    return payer.balanceOf(c.caller()).thenApply(b -> {
      Map<String, String> vars = new java.util.HashMap<>(r.vars());
      vars.put("balance", b.map(Money::format).orElse("-"));
      return Outcomes.of(OK, vars);
    });
  }

  private Optional<Money> amount(EffectCall c) {
    return Money.parse(c.arg("amount"), currency).filter(Money::isPositive);
  }
}
