package io.starhash.core.subscriber;

import java.time.Instant;

/** The answer to a PIN typed by a subscriber. */
public sealed interface PinCheck {

  /** The PIN was right; the count of wrong PINs is back to zero. */
  record Ok() implements PinCheck {}

  /** The PIN was wrong; {@code attemptsLeft} more wrong PINs in a row lock the subscriber. */
  record Wrong(int attemptsLeft) implements PinCheck {}

  /**
   * The subscriber is locked until {@code lockedUntil}, {@code minutesLeft} minutes from now
   * (rounded up, at least 1). Either this PIN was the last allowed wrong one, or a lock was in
   * force and the PIN was not even checked.
   */
  record Locked(Instant lockedUntil, long minutesLeft) implements PinCheck {}

  /** An operator blocked the subscriber; the PIN was not checked. */
  record Blocked() implements PinCheck {}

  /** Nobody is registered under this number. */
  record NoSuchSubscriber() implements PinCheck {}
}
