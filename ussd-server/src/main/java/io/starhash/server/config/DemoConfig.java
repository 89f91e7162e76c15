package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.DEMO_OPENING_BALANCE;
import static io.starhash.server.config.ConfigKeys.DEMO_PIN;

import java.math.BigDecimal;

/**
 * Demo mode: the PIN and opening balance of every demo subscriber.
 *
 * <p>{@link #toString()} never shows the PIN.
 */
public record DemoConfig(String pin, BigDecimal openingBalance) {

  /** @throws ConfigException naming the key of a value that is not allowed (never the PIN) */
  public DemoConfig {
    DEMO_PIN.require(pin);
    DEMO_OPENING_BALANCE.require(openingBalance);
  }

  @Override
  public String toString() {
    return "DemoConfig[pin=****, openingBalance=" + openingBalance + "]";
  }
}
