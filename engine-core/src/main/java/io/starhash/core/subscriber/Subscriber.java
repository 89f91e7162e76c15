package io.starhash.core.subscriber;

import io.starhash.core.money.DisplayNames;
import io.starhash.core.money.PinHash;
import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered customer, identified by phone number. Immutable; {@code createdAt} is kept to
 * the millisecond. {@link #toString()} shows neither the number nor the name in clear.
 *
 * @param fullName the name as registered; others only ever see {@link #displayName()}
 * @param pinHash the PIN, hashed; the PIN itself is never kept
 */
public record Subscriber(Msisdn msisdn, String fullName, KycTier kycTier, SubscriberStatus status,
    PinHash pinHash, Instant createdAt, PinState pinState) {

  public Subscriber {
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(kycTier, "kycTier");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(pinHash, "pinHash");
    Objects.requireNonNull(pinState, "pinState");
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("a subscriber needs a name");
    }
    createdAt = PinState.millis(Objects.requireNonNull(createdAt, "createdAt"));
  }

  /** A new active {@link KycTier#TIER_0} subscriber with no PIN history. */
  public static Subscriber open(Msisdn msisdn, String fullName, PinHash pinHash, Instant now) {
    return new Subscriber(msisdn, fullName, KycTier.TIER_0, SubscriberStatus.ACTIVE, pinHash, now,
        PinState.CLEAR);
  }

  /** The name as others may see it: {@code J*** D***}. */
  public String displayName() {
    return DisplayNames.mask(fullName);
  }

  public Subscriber withStatus(SubscriberStatus newStatus) {
    return new Subscriber(msisdn, fullName, kycTier, newStatus, pinHash, createdAt, pinState);
  }

  public Subscriber withPinState(PinState newState) {
    return new Subscriber(msisdn, fullName, kycTier, status, pinHash, createdAt, newState);
  }

  /** The same subscriber with a new PIN: wrong attempts and any lock are cleared. */
  public Subscriber withPin(PinHash newPin) {
    return new Subscriber(msisdn, fullName, kycTier, status, newPin, createdAt,
        new PinState(0, null, pinState.verifiedAt()));
  }

  @Override
  public String toString() {
    return "Subscriber[" + msisdn.masked() + ", " + displayName() + ", " + kycTier + ", " + status
        + ", " + pinState + "]";
  }
}
