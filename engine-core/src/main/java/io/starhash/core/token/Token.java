package io.starhash.core.token;

import io.starhash.core.money.Damm;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A payment token: 8 digits that do not start with 0 followed by their Damm check digit, e.g.
 * {@code 481233073}, shown to people as {@code 4812 3307 3}. (The SPEC.md example
 * {@code 4812 3307 5} only shows the grouping: its check digit is wrong.)
 *
 * <p>{@link #toString()} is masked ({@code 4812 ****}) so that a token never reaches a log line
 * in full; use {@link #value()} or {@link #grouped()} where the whole token is meant.
 */
public record Token(String value) {
  private static final Pattern NINE_DIGITS = Pattern.compile("[1-9][0-9]{8}");


  /** Digits in a token, check digit included. */
  public static final int LENGTH = 9;

  public Token {
    Objects.requireNonNull(value, "value");
    if (!NINE_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("a token is 9 digits not starting with 0");
    }
    if (!Damm.isValid(value)) {
      throw new IllegalArgumentException("token check digit is wrong");
    }
  }

  /**
   * The token a person typed, spaces allowed ({@code "4812 3307 3"}); empty unless it has the
   * shape of a token and a right check digit. Never throws.
   */
  public static Optional<Token> parse(String typed) {
    if (typed == null || typed.length() > 32) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("\\s+", "");
    if (!NINE_DIGITS.matcher(digits).matches() || !Damm.isValid(digits)) {
      return Optional.empty();
    }
    return Optional.of(new Token(digits));
  }

  /** The token with the Damm digit appended to {@code payload} (8 digits, no leading 0). */
  static Token withCheckDigit(String payload) {
    return new Token(payload + Damm.checkDigit(payload));
  }

  /** As shown on screens and in SMS: {@code 4812 3307 3}. */
  public String grouped() {
    return value.substring(0, 4) + " " + value.substring(4, 8) + " " + value.substring(8);
  }

  /** The first group only, for logs: {@code 4812 ****}. */
  public String masked() {
    return value.substring(0, 4) + " ****";
  }

  @Override
  public String toString() {
    return masked();
  }
}
