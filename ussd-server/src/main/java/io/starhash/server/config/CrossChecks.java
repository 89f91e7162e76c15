package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.DEMO_AGENT_FLOAT;
import static io.starhash.server.config.ConfigKeys.DEMO_OPENING_BALANCE;
import static io.starhash.server.config.ConfigKeys.DEMO_PIN;
import static io.starhash.server.config.ConfigKeys.MMO_FINAL_WAIT;
import static io.starhash.server.config.ConfigKeys.PIN_LENGTH;
import static io.starhash.server.config.ConfigKeys.USSD_HOP_BUDGET;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Rules between keys of different sections, each broken rule a problem naming its key. */
final class CrossChecks {

  private CrossChecks() {}

  /** No problem, or one naming {@code key} if {@code amount} has more decimals than allowed. */
  static List<String> amountFits(String key, BigDecimal amount, Currency currency) {
    int allowed = currency.getDefaultFractionDigits();
    if (amount.stripTrailingZeros().scale() <= allowed) {
      return List.of();
    }
    return List.of(key + ": has more decimals than " + currency.getCurrencyCode()
        + " allows (" + allowed + ")");
  }

  /**
   * The demo PIN has {@code pin.length} digits; the demo balances fit the currency; the MMO's
   * final wait leaves the hop time to answer.
   */
  static List<String> betweenSections(int pinLength, Currency currency, String demoPin,
      BigDecimal openingBalance, BigDecimal agentFloat, Duration hopBudget, Duration finalWait) {
    List<String> problems = new ArrayList<>();
    if (demoPin.length() != pinLength) {
      problems.add(DEMO_PIN.name() + ": must have " + PIN_LENGTH.name() + " (" + pinLength
          + ") digits");
    }
    problems.addAll(amountFits(DEMO_OPENING_BALANCE.name(), openingBalance, currency));
    problems.addAll(amountFits(DEMO_AGENT_FLOAT.name(), agentFloat, currency));
    if (finalWait.compareTo(hopBudget) >= 0) {
      problems.add(MMO_FINAL_WAIT.name() + ": must be shorter than " + USSD_HOP_BUDGET.name());
    }
    return problems;
  }
}
