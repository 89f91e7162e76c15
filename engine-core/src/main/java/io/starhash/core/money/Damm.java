package io.starhash.core.money;

/**
 * The Damm check digit, which detects every single-digit error and every transposition of
 * two adjacent digits. Stateless, thread-safe.
 */
public final class Damm {

  private static final int[][] TABLE = {
      {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
      {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
      {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
      {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
      {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
      {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
      {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
      {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
      {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
      {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
  };

  private Damm() {}

  /**
   * The check digit to append to {@code digits}.
   *
   * @throws IllegalArgumentException if {@code digits} is empty or holds a non-digit
   */
  public static int checkDigit(String digits) {
    return interim(digits);
  }

  /** Whether {@code digits} (payload followed by its check digit) is valid; false for non-digits. */
  public static boolean isValid(String digits) {
    if (digits == null || digits.length() < 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return interim(digits) == 0;
  }

  private static int interim(String digits) {
    if (digits == null || digits.isEmpty()) {
      throw new IllegalArgumentException("no digits");
    }
    int state = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit at position " + i);
      }
      state = TABLE[state][c - '0'];
    }
    return state;
  }
}
