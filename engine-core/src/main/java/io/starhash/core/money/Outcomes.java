package io.starhash.core.money;

import static io.starhash.core.money.MoneyEffects.LOCKED;
import static io.starhash.core.money.MoneyEffects.OVER_LIMIT;
import static io.starhash.core.money.MoneyEffects.WRONG_PIN;

import io.starhash.core.effect.EffectResult;
import java.util.Map;

/** Builds the effect results that several handlers share. Stateless. */
final class Outcomes {

  /** {@code lockedMinutes} has room for four digits. */
  private static final long MAX_MINUTES = 9999;

  private Outcomes() {}

  /** The result for a PIN that was not verified. */
  static EffectResult pinFailure(PinCheck check) {
    if (check instanceof PinCheck.Wrong w) {
      return new EffectResult(WRONG_PIN, Map.of("attemptsLeft", Integer.toString(w.attemptsLeft())));
    }
    if (check instanceof PinCheck.Locked l) {
      return new EffectResult(LOCKED, Map.of("lockedMinutes", Long.toString(Math.min(MAX_MINUTES, l.minutesLeft()))));
    }
    throw new IllegalArgumentException("PIN was verified");
  }

  static EffectResult overLimit(Money limit) {
    return new EffectResult(OVER_LIMIT, Map.of("limit", limit.format()));
  }

  /** The result of a money operation that went through. */
  static EffectResult done(String reference, Money balance) {
    return EffectResult.ok(Map.of("reference", reference, "balance", balance.format()));
  }
}
