package io.starhash.core.subscriber;

/**
 * Which new PINs are acceptable: exactly the configured number of digits, and not trivial. Trivial
 * means one digit repeated ({@code 0000}), a straight run up or down, wrapping past 9 or 0
 * ({@code 1234}, {@code 4321}, {@code 7890}), or a short pattern repeated ({@code 1212},
 * {@code 123123}). Stateless.
 */
final class PinRules {

  private final int length;

  PinRules(int length) {
    this.length = length;
  }

  /** Whether {@code pin} is well-formed: {@code length} ASCII digits. */
  boolean wellFormed(String pin) {
    return pin != null && pin.length() == length && pin.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether {@code pin} may become a PIN: well-formed and not trivial. */
  boolean acceptable(String pin) {
    return wellFormed(pin) && !isRun(pin, 1) && !isRun(pin, 9) && !repeatsPattern(pin);
  }

  /** Whether each digit is the previous one plus {@code step}, modulo 10 (9 steps down). */
  private static boolean isRun(String pin, int step) {
    for (int i = 1; i < pin.length(); i++) {
      if ((pin.charAt(i - 1) - '0' + step) % 10 != pin.charAt(i) - '0') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code pin} is a pattern of at most half its length repeated (covers one repeated digit). */
  private static boolean repeatsPattern(String pin) {
    int n = pin.length();
    for (int period = 1; period <= n / 2; period++) {
      if (n % period == 0 && pin.substring(period).equals(pin.substring(0, n - period))) {
        return true;
      }
    }
    return false;
  }
}
