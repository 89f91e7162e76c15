package io.starhash.core.engine;

import io.starhash.core.effect.EffectResult;
import io.starhash.core.mmo.MmoError;
import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.money.MoneyEffects;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The checks before a customer commits money, in the order a person expects them: PIN, limits,
 * funds. Each refusal is the effect outcome to return.
 */
final class Payer {

  private final SubscriberService subscribers;
  private final PinGate pins;
  private final Limits limits;
  private final MmoGateway mmo;

  Payer(SubscriberService subscribers, PinGate pins, Limits limits, MmoGateway mmo) {
    this.subscribers = subscribers;
    this.pins = pins;
    this.limits = limits;
    this.mmo = mmo;
  }

  /**
   * Empty when {@code who} may commit {@code amount} plus {@code fee} (checked against the
   * balance when {@code needsFunds}); the amount is then counted against the daily limit.
   */
  CompletionStage<Optional<EffectResult>> refusal(Msisdn who, String pin, Money amount, Money fee,
      boolean needsFunds) {
    return pins.refusal(who, pin).thenCompose(refused -> {
      if (refused.isPresent()) {
        return CompletableFuture.completedFuture(refused);
      }
      return subscribers.find(who).thenCompose(sub -> limitOrFunds(sub, who, amount.plus(fee), needsFunds));
    });
  }

  private CompletionStage<Optional<EffectResult>> limitOrFunds(Optional<Subscriber> sub, Msisdn who, Money total,
      boolean needsFunds) {
    if (sub.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.of(Outcomes.error()));
    }
    CompletionStage<Optional<EffectResult>> funds = needsFunds ? funds(who, total)
        : CompletableFuture.completedFuture(Optional.empty());
    return funds.thenCompose(short_ -> short_.isPresent()
        ? CompletableFuture.completedFuture(short_)
        : limits.commit(who, sub.get().kycTier(), total).thenApply(limit -> limit.map(Outcomes::overLimit)));
  }

  private CompletionStage<Optional<EffectResult>> funds(Msisdn who, Money total) {
    return mmo.balance(Party.of(who)).handle((balance, e) -> {
      if (e != null) {
        return Optional.of(Outcomes.of(MoneyEffects.UNAVAILABLE));
      }
      boolean enough = balance.isPresent() && !total.isGreaterThan(balance.get());
      return enough ? Optional.<EffectResult>empty() : Optional.of(Outcomes.of(MoneyEffects.INSUFFICIENT_FUNDS));
    });
  }

  /** The balance at the MMO, or empty when it cannot be read now. */
  CompletionStage<Optional<Money>> balanceOf(Msisdn who) {
    return mmo.balance(Party.of(who)).exceptionally(e -> Optional.empty());
  }

  /** The effect outcome of an operation the MMO has settled (or not yet). */
  static EffectResult outcomeOf(Settled settled, Map<String, String> okVars) {
    if (settled instanceof Settled.Done) {
      return Outcomes.of(MoneyEffects.OK, okVars);
    }
    if (settled instanceof Settled.Later) {
      return Outcomes.of(MoneyEffects.PENDING, okVars);
    }
    if (settled instanceof Settled.Unavailable) {
      return Outcomes.of(MoneyEffects.UNAVAILABLE);
    }
    MmoError error = ((Settled.Declined) settled).error();
    return switch (error.code()) {
      case MmoError.INSUFFICIENT_FUNDS -> Outcomes.of(MoneyEffects.INSUFFICIENT_FUNDS);
      case MmoError.OVER_MAX -> Outcomes.of(MoneyEffects.OVER_LIMIT, Map.of("limit", "-"));
      default -> Outcomes.error();
    };
  }
}
