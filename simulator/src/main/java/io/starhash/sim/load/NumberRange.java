package io.starhash.sim.load;

import java.util.regex.Pattern;

/**
 * The phone numbers a load run uses: {@code count} numbers counting up from {@code first},
 * wrapping around. Immutable.
 */
final class NumberRange {

  private static final Pattern E164ISH = Pattern.compile("\\+?[0-9]{4,15}");

  private final String plus;
  private final int digits;
  private final long first;
  private final int count;

  private NumberRange(String plus, int digits, long first, int count) {
    this.plus = plus;
    this.digits = digits;
    this.first = first;
    this.count = count;
  }

  /**
   * A range; the last number must have as many digits as the first.
   *
   * @throws IllegalArgumentException when {@code first} is not 4-15 digits (after an optional
   *     {@code +}), {@code count} is below 1, or the range runs out of digits
   */
  static NumberRange of(String first, int count) {
    if (first == null || !E164ISH.matcher(first).matches()) {
      throw new IllegalArgumentException(
          "first number must be 4 to 15 digits after an optional +, got " + first);
    }
    if (count < 1) {
      throw new IllegalArgumentException("numbers must be 1 or more, got " + count);
    }
    String plus = first.startsWith("+") ? "+" : "";
    String digits = first.substring(plus.length());
    long start = Long.parseLong(digits);
    long last = start + count - 1;
    if (Long.toString(last).length() > digits.length()) {
      throw new IllegalArgumentException(count + " numbers from " + first + " run past "
          + digits.length() + " digits");
    }
    return new NumberRange(plus, digits.length(), start, count);
  }

  /** The number for the session of this 0-based index. */
  String number(long index) {
    String n = Long.toString(first + Math.floorMod(index, (long) count));
    return n.length() == digits ? plus + n : plus + "0".repeat(digits - n.length()) + n;
  }
}
