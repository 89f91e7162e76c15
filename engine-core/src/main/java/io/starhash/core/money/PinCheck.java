package io.starhash.core.money;

/** The result of checking a PIN against a subscriber's stored PIN. */
sealed interface PinCheck {

  /** The PIN was right; the count of wrong attempts is back to zero. */
  record Verified() implements PinCheck {}

  /** The PIN was wrong; {@code attemptsLeft} more wrong PINs lock the account. */
  record Wrong(int attemptsLeft) implements PinCheck {}

  /** The account is locked for {@code minutesLeft} more minutes (rounded up); the PIN was not checked. */
  record Locked(long minutesLeft) implements PinCheck {}
}
