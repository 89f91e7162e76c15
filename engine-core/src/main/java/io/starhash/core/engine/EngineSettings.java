package io.starhash.core.engine;

import io.starhash.core.money.Money;
import io.starhash.core.subscriber.KycTier;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of the money engine.
 *
 * @param maxTransaction the single-transaction limit ({@code limits.max-transaction})
 * @param dailyLimits the value a subscriber may move out per day, by KYC tier
 */
public record EngineSettings(String currency, Money maxTransaction, Map<KycTier, Money> dailyLimits) {

  public EngineSettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(maxTransaction, "maxTransaction");
    dailyLimits = Map.copyOf(dailyLimits);
    if (!maxTransaction.currency().equals(currency) || !maxTransaction.isPositive()) {
      throw new IllegalArgumentException("limits.max-transaction must be a positive amount in " + currency);
    }
    for (KycTier tier : KycTier.values()) {
      if (!dailyLimits.containsKey(tier)) {
        throw new IllegalArgumentException("no daily limit for " + tier);
      }
    }
  }

  public Money dailyLimit(KycTier tier) {
    return dailyLimits.get(tier);
  }
}
