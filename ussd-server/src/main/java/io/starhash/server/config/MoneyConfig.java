package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.LIMITS_MAX_TRANSACTION;
import static io.starhash.server.config.ConfigKeys.MONEY_CURRENCY;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money: the currency of every amount and the single-transaction maximum (key {@code
 * limits.max-transaction}).
 */
public record MoneyConfig(Currency currency, BigDecimal maxTransaction) {

  /** @throws ConfigException naming the key of a value that is not allowed */
  public MoneyConfig {
    MONEY_CURRENCY.require(currency);
    LIMITS_MAX_TRANSACTION.require(maxTransaction);
    ConfigException.throwIfAny(
        CrossChecks.amountFits(LIMITS_MAX_TRANSACTION.name(), maxTransaction, currency));
  }
}
