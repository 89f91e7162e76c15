package io.starhash.core.subscriber;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A subscriber's PIN attempts: wrong PINs in a row, the lock they caused, and the last right PIN.
 * Times are kept to the millisecond.
 *
 * @param failures consecutive wrong PINs since the last right one or the last lock
 * @param lockedUntil end of the lock, or null if no lock was set (a past instant: the lock is over)
 * @param verifiedAt when the right PIN was last typed, or null
 */
public record PinState(int failures, Instant lockedUntil, Instant verifiedAt) {

  /** No failures, no lock, never verified. */
  public static final PinState CLEAR = new PinState(0, null, null);

  public PinState {
    if (failures < 0) {
      throw new IllegalArgumentException("failures must not be negative");
    }
    lockedUntil = millis(lockedUntil);
    verifiedAt = millis(verifiedAt);
  }

  /** Whether a lock is in force at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }
}
