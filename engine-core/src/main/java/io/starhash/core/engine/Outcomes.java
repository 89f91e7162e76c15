package io.starhash.core.engine;

import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.Money;
import io.starhash.core.money.MoneyEffects;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Shorthands for the effect results the engine returns. */
final class Outcomes {

  private Outcomes() {}

  static CompletionStage<EffectResult> now(EffectResult r) {
    return CompletableFuture.completedFuture(r);
  }

  static EffectResult of(String outcome) {
    return EffectResult.of(outcome);
  }

  static EffectResult of(String outcome, Map<String, String> vars) {
    return new EffectResult(outcome, vars);
  }

  static EffectResult error() {
    return EffectResult.of(MoneyEffects.ERROR);
  }

  static EffectResult overLimit(Money limit) {
    return of(MoneyEffects.OVER_LIMIT, Map.of("limit", limit.format()));
  }
}
