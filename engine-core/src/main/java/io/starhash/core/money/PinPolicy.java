package io.starhash.core.money;

/**
 * Which new PINs are acceptable: exactly the configured number of digits, and not trivial
 * (one digit repeated, a straight run such as {@code 1234} or {@code 9876}, or a repeated
 * pattern such as {@code 1212}). Stateless.
 */
final class PinPolicy {

  private final int length;

  PinPolicy(int length) {
    this.length = length;
  }

  boolean acceptable(String pin) {
    if (pin == null || pin.length() != length || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return !isRun(pin, 0) && !isRun(pin, 1) && !isRun(pin, -1) && !repeatsHalves(pin);
  }

  /** Whether each digit is the previous one plus {@code step}. */
  private static boolean isRun(String pin, int step) {
    for (int i = 1; i < pin.length(); i++) {
      if (pin.charAt(i) - pin.charAt(i - 1) != step) {
        return false;
      }
    }
    return true;
  }

  private static boolean repeatsHalves(String pin) {
    int half = pin.length() / 2;
    return pin.length() % 2 == 0 && pin.substring(0, half).equals(pin.substring(half));
  }
}
