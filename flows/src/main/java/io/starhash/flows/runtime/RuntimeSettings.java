package io.starhash.flows.runtime;

import io.starhash.flows.text.ScreenLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * How the runtime behaves.
 *
 * @param hopBudget longest a hop may wait for effects before the person is told that the
 *     result follows by SMS
 * @param currency ISO 4217 code amounts are typed in
 * @param pinLength digits of a PIN, unless a flow's validator says otherwise
 */
public record RuntimeSettings(Duration hopBudget, ScreenLimits limits, String currency, int pinLength) {

  public RuntimeSettings {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(currency, "currency");
    if (hopBudget.isNegative() || hopBudget.isZero()) {
      throw new IllegalArgumentException("hopBudget must be positive");
    }
    if (pinLength < 4 || pinLength > 8) {
      throw new IllegalArgumentException("pinLength must be 4 to 8");
    }
  }

  public static RuntimeSettings defaults() {
    return new RuntimeSettings(Duration.ofSeconds(5), ScreenLimits.DEFAULT, "TZS", 4);
  }
}
