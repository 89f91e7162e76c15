package io.starhash.core.money;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The parts of the in-memory money engine that the effect handlers share, and the small
 * helpers they all need. Thread-safe (each part is).
 */
record DemoBank(
    DemoMoneySettings settings,
    Clock clock,
    Subscribers subscribers,
    PinVault pins,
    PinChanges pinChanges,
    Tokens tokens,
    Ledger ledger,
    Operations operations,
    Fees fees,
    PhoneNumbers phoneNumbers) {

  static DemoBank create(DemoMoneySettings settings, Clock clock, PinHasher hasher) {
    SecureRandom random = new SecureRandom();
    PhoneNumbers phoneNumbers = new PhoneNumbers(settings.country());
    Ledger ledger = new Ledger();
    PinVault pins = new PinVault(hasher, clock, settings.pinMaxAttempts(), settings.pinLockDuration());
    return new DemoBank(settings, clock, new Subscribers(settings, pins, ledger), pins,
        new PinChanges(pins, new PinPolicy(settings.pinLength()), clock), new Tokens(random, phoneNumbers),
        ledger, new Operations(random), new Fees(), phoneNumbers);
  }

  /** The {@code amount} argument as money; a positive amount or {@link InvalidEffectInput}. */
  Money amount(EffectCall call) {
    return Money.parse(call.arg("amount"), settings.currency()).filter(Money::isPositive)
        .orElseThrow(() -> new InvalidEffectInput("argument 'amount' is not a positive amount"));
  }

  boolean overLimit(Money amount) {
    return amount.isGreaterThan(settings.maxTransaction());
  }

  Money balance(Msisdn msisdn) {
    return new Money(ledger.balance(Ledger.subscriber(msisdn)), settings.currency());
  }

  Optional<DemoMerchant> merchant(String code) {
    String c = code == null ? "" : code.strip();
    return settings.merchants().stream().filter(m -> m.code().equals(c)).findFirst();
  }

  Optional<DemoMerchant> merchantNamed(String name) {
    return settings.merchants().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * The subscriber that {@code typed} names: the owner of an active token, else a valid phone
   * number of the home country (in demo mode every valid number is a subscriber). Tokens are
   * never valid phone numbers, so the two cannot be confused.
   */
  Optional<Msisdn> recipient(String typed) {
    Optional<Msisdn> byToken = tokens.resolve(typed);
    if (byToken.isPresent()) {
      return byToken;
    }
    Optional<Msisdn> byPhone = phoneNumbers.parseTyped(typed);
    byPhone.ifPresent(subscribers::ensure);
    return byPhone;
  }
}
