package io.starhash.core.subscriber;

import io.starhash.core.money.Money;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * PIN rules and tier limits of the subscriber service. Immutable, validated.
 *
 * @param pinLength digits in a PIN ({@code pin.length}, 4 to 8)
 * @param maxAttempts wrong PINs in a row that lock the subscriber ({@code pin.max-attempts})
 * @param lockDuration how long such a lock lasts ({@code pin.lock-duration})
 * @param stagedTtl how long a staged PIN awaits its confirmation, and how recent a right PIN
 *     must be to stage a new one
 * @param dailyLimits the daily value limit of every KYC tier, all in one currency
 */
public record SubscriberSettings(int pinLength, int maxAttempts, Duration lockDuration,
    Duration stagedTtl, Map<KycTier, Money> dailyLimits) {

  public SubscriberSettings {
    require(pinLength >= 4 && pinLength <= 8, "pin.length must be 4 to 8");
    require(maxAttempts >= 1, "pin.max-attempts must be at least 1");
    require(positive(lockDuration), "pin.lock-duration must be positive");
    require(positive(stagedTtl), "staged PIN ttl must be positive");
    Objects.requireNonNull(dailyLimits, "dailyLimits");
    EnumMap<KycTier, Money> limits = new EnumMap<>(KycTier.class);
    limits.putAll(dailyLimits);
    require(limits.keySet().containsAll(EnumSet.allOf(KycTier.class)),
        "a daily limit for every KYC tier is needed");
    require(limits.values().stream().map(Money::currency).distinct().count() == 1,
        "daily limits must share one currency");
    dailyLimits = Collections.unmodifiableMap(limits);
  }

  /**
   * Demo defaults: 4-digit PINs, 3 wrong PINs lock for 30 minutes, staged PINs live 5 minutes;
   * daily limits TZS 1,000.00 (tier 0), 5,000.00 (tier 1), 50,000.00 (tier 2). The limits are
   * illustrative, not any regulator's figures.
   */
  public static SubscriberSettings defaults() {
    return new SubscriberSettings(4, 3, Duration.ofMinutes(30), Duration.ofMinutes(5), Map.of(
        KycTier.TIER_0, new Money(100_000, "TZS"),
        KycTier.TIER_1, new Money(500_000, "TZS"),
        KycTier.TIER_2, new Money(5_000_000, "TZS")));
  }

  public Money dailyLimit(KycTier tier) {
    return dailyLimits.get(tier);
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
