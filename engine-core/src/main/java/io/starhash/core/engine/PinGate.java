package io.starhash.core.engine;

import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.MoneyEffects;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.PinCheck;
import io.starhash.core.subscriber.SubscriberService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Checks a PIN and turns a refusal into the effect outcome every money effect shares. */
final class PinGate {

  private final SubscriberService subscribers;

  PinGate(SubscriberService subscribers) {
    this.subscribers = subscribers;
  }

  /** Empty when the PIN is right; otherwise the outcome to return ({@code wrong-pin}, {@code locked}, {@code error}). */
  CompletionStage<Optional<EffectResult>> refusal(Msisdn who, String pin) {
    return subscribers.checkPin(who, pin).thenApply(PinGate::refusalOf);
  }

  static Optional<EffectResult> refusalOf(PinCheck check) {
    if (check instanceof PinCheck.Ok) {
      return Optional.empty();
    }
    if (check instanceof PinCheck.Wrong w) {
      return Optional.of(Outcomes.of(MoneyEffects.WRONG_PIN, Map.of("attemptsLeft", String.valueOf(w.attemptsLeft()))));
    }
    if (check instanceof PinCheck.Locked l) {
      return Optional.of(Outcomes.of(MoneyEffects.LOCKED,
          Map.of("lockedMinutes", String.valueOf(Math.max(1, l.minutesLeft())))));
    }
    return Optional.of(Outcomes.error());
  }
}
