package io.starhash.core.money;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the in-memory money engine ({@link InMemoryMoneyEffects}). Immutable, validated.
 *
 * @param currency ISO 4217 code of every account
 * @param openingBalance what a subscriber has when first seen
 * @param demoPin the PIN every auto-created subscriber starts with
 * @param maxTransaction single-transaction limit
 * @param pinLength digits in a PIN
 * @param pinMaxAttempts consecutive wrong PINs that lock the account
 * @param pinLockDuration how long a lock lasts
 * @param approvalTimeout how long an operation waits for the customer's PIN
 * @param country ISO 3166 code for parsing typed phone numbers
 * @param merchants the merchants customers can pay
 */
public record DemoMoneySettings(
    String currency,
    Money openingBalance,
    String demoPin,
    Money maxTransaction,
    int pinLength,
    int pinMaxAttempts,
    Duration pinLockDuration,
    Duration approvalTimeout,
    String country,
    List<DemoMerchant> merchants) {

  public DemoMoneySettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(openingBalance, "openingBalance");
    Objects.requireNonNull(demoPin, "demoPin");
    Objects.requireNonNull(maxTransaction, "maxTransaction");
    Objects.requireNonNull(pinLockDuration, "pinLockDuration");
    Objects.requireNonNull(approvalTimeout, "approvalTimeout");
    Objects.requireNonNull(country, "country");
    merchants = List.copyOf(merchants);
    require(openingBalance.currency().equals(currency), "openingBalance must be in " + currency);
    require(maxTransaction.currency().equals(currency), "maxTransaction must be in " + currency);
    require(maxTransaction.isPositive(), "maxTransaction must be positive");
    require(pinLength >= 4 && pinLength <= 8, "pinLength must be 4 to 8");
    require(demoPin.length() == pinLength && demoPin.chars().allMatch(Character::isDigit),
        "demoPin must be " + pinLength + " digits");
    require(pinMaxAttempts >= 1, "pinMaxAttempts must be at least 1");
    require(!pinLockDuration.isNegative() && !pinLockDuration.isZero(), "pinLockDuration must be positive");
    require(!approvalTimeout.isNegative() && !approvalTimeout.isZero(), "approvalTimeout must be positive");
    Set<String> codes = new HashSet<>();
    for (DemoMerchant m : merchants) {
      require(codes.add(m.code()), "merchant code listed twice: " + m.code());
    }
  }

  /** TZS, 1,000.00 opening balance, PIN 1234, limit 500.00, 3 attempts then 30 min lock, 5 min approvals, Demo Shop 4321. */
  public static DemoMoneySettings defaults() {
    return new DemoMoneySettings("TZS", new Money(100_000, "TZS"), "1234", new Money(50_000, "TZS"),
        4, 3, Duration.ofMinutes(30), Duration.ofMinutes(5), "TZ",
        List.of(new DemoMerchant("4321", "Demo Shop")));
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
