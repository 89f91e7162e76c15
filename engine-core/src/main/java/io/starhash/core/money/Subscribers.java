package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo-mode subscribers: any number becomes a subscriber the first time it is used, named
 * {@link #DEMO_NAME}, with the demo PIN and the opening balance (credited from
 * {@link Ledger#ISSUANCE}). Thread-safe.
 */
final class Subscribers {

  static final String DEMO_NAME = "Demo Customer";
  static final String OPENING_REFERENCE = "OPENING";

  /** A subscriber; the name is the full name, shown to others only masked. */
  record Subscriber(Msisdn msisdn, String fullName) {}

  private final Map<Msisdn, Subscriber> byNumber = new ConcurrentHashMap<>();
  private final DemoMoneySettings settings;
  private final PinVault pins;
  private final Ledger ledger;

  Subscribers(DemoMoneySettings settings, PinVault pins, Ledger ledger) {
    this.settings = settings;
    this.pins = pins;
    this.ledger = ledger;
  }

  /** The subscriber of {@code msisdn}, opened as a demo customer if it is new. */
  Subscriber ensure(Msisdn msisdn) {
    return byNumber.computeIfAbsent(msisdn, m -> open(m, DEMO_NAME));
  }

  /** Opens {@code msisdn} under {@code fullName}; false if it already exists. */
  boolean seed(Msisdn msisdn, String fullName) {
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("a subscriber needs a name");
    }
    boolean[] created = {false};
    byNumber.computeIfAbsent(msisdn, m -> {
      created[0] = true;
      return open(m, fullName.strip());
    });
    return created[0];
  }

  Optional<Subscriber> find(Msisdn msisdn) {
    return Optional.ofNullable(byNumber.get(msisdn));
  }

  private Subscriber open(Msisdn msisdn, String fullName) {
    pins.set(msisdn, pins.hasher().hash(settings.demoPin()));
    if (settings.openingBalance().isPositive()) {
      ledger.transfer(new Ledger.Transfer(OPENING_REFERENCE, Ledger.ISSUANCE, Ledger.subscriber(msisdn),
          settings.openingBalance().minor(), 0, true));
    }
    return new Subscriber(msisdn, fullName);
  }
}
