package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER0;
import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER1;
import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER2;
import static io.starhash.server.config.ConfigKeys.LIMITS_MAX_TRANSACTION;
import static io.starhash.server.config.ConfigKeys.MONEY_CURRENCY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Money: the currency of every amount and the limits (keys {@code limits.*}): the
 * single-transaction maximum and the daily value limit of each KYC tier.
 */
public record MoneyConfig(
    Currency currency,
    BigDecimal maxTransaction,
    BigDecimal dailyTier0,
    BigDecimal dailyTier1,
    BigDecimal dailyTier2) {

  /** The highest KYC tier that has a daily limit. */
  public static final int MAX_TIER = 2;

  /** @throws ConfigException naming the key of each value that is not allowed */
  public MoneyConfig {
    MONEY_CURRENCY.require(currency);
    LIMITS_MAX_TRANSACTION.require(maxTransaction);
    LIMITS_DAILY_TIER0.require(dailyTier0);
    LIMITS_DAILY_TIER1.require(dailyTier1);
    LIMITS_DAILY_TIER2.require(dailyTier2);
    List<String> problems = new ArrayList<>();
    problems.addAll(
        CrossChecks.amountFits(LIMITS_MAX_TRANSACTION.name(), maxTransaction, currency));
    problems.addAll(CrossChecks.amountFits(LIMITS_DAILY_TIER0.name(), dailyTier0, currency));
    problems.addAll(CrossChecks.amountFits(LIMITS_DAILY_TIER1.name(), dailyTier1, currency));
    problems.addAll(CrossChecks.amountFits(LIMITS_DAILY_TIER2.name(), dailyTier2, currency));
    ConfigException.throwIfAny(problems);
  }

  /**
   * The daily value limit of KYC tier {@code tier}.
   *
   * @throws IllegalArgumentException if {@code tier} is not between 0 and {@link #MAX_TIER}
   */
  public BigDecimal dailyLimit(int tier) {
    return switch (tier) {
      case 0 -> dailyTier0;
      case 1 -> dailyTier1;
      case 2 -> dailyTier2;
      default -> throw new IllegalArgumentException(
          "no KYC tier " + tier + " (0 to " + MAX_TIER + ")");
    };
  }
}
