package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.DEMO_AGENT_FLOAT;
import static io.starhash.server.config.ConfigKeys.DEMO_OPENING_BALANCE;
import static io.starhash.server.config.ConfigKeys.DEMO_PIN;

import java.math.BigDecimal;

/**
 * Demo mode: the PIN and opening balance of every demo subscriber, and the opening balance of
 * the demo agent A001 at the simulated MMO.
 *
 * <p>{@link #toString()} never shows the PIN.
 */
public record DemoConfig(String pin, BigDecimal openingBalance, BigDecimal agentFloat) {

  /** @throws ConfigException naming the key of a value that is not allowed (never the PIN) */
  public DemoConfig {
    DEMO_PIN.require(pin);
    DEMO_OPENING_BALANCE.require(openingBalance);
    DEMO_AGENT_FLOAT.require(agentFloat);
  }

  @Override
  public String toString() {
    return "DemoConfig[pin=****, openingBalance=" + openingBalance
        + ", agentFloat=" + agentFloat + "]";
  }
}
