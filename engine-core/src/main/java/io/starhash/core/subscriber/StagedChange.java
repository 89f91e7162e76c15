package io.starhash.core.subscriber;

import io.starhash.core.money.PinHash;
import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.Objects;

/**
 * A PIN typed in one USSD hop and awaiting its confirmation in a later one, kept hashed so that
 * no PIN ever sits in a session. One per phone number; {@code stagedAt} is kept to the millisecond.
 *
 * @param fullName the name typed at sign-up; empty for a PIN change
 */
public record StagedChange(Msisdn msisdn, Kind kind, String fullName, PinHash pinHash,
    Instant stagedAt) {

  /** What the confirmation completes. */
  public enum Kind {
    PIN_CHANGE,
    SIGN_UP
  }

  public StagedChange {
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(pinHash, "pinHash");
    stagedAt = PinState.millis(Objects.requireNonNull(stagedAt, "stagedAt"));
    if ((kind == Kind.SIGN_UP) == fullName.isBlank()) {
      throw new IllegalArgumentException("a sign-up needs a name and a PIN change none");
    }
  }

  public static StagedChange pinChange(Msisdn msisdn, PinHash pinHash, Instant stagedAt) {
    return new StagedChange(msisdn, Kind.PIN_CHANGE, "", pinHash, stagedAt);
  }

  public static StagedChange signUp(Msisdn msisdn, String fullName, PinHash pinHash,
      Instant stagedAt) {
    return new StagedChange(msisdn, Kind.SIGN_UP, fullName, pinHash, stagedAt);
  }

  @Override
  public String toString() {
    return "StagedChange[" + msisdn.masked() + ", " + kind + ", " + stagedAt + "]";
  }
}
