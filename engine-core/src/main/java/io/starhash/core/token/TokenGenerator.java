package io.starhash.core.token;

import io.starhash.core.phone.PhoneNumbers;
import java.util.random.RandomGenerator;

/**
 * Draws candidate tokens: 8 random digits without a leading 0 plus the Damm check digit,
 * skipping any that a person could dial as a valid phone number of the home country (the nine
 * digits as typed, or with the trunk prefix 0 in front).
 *
 * <p>Thread-safe if its random source is ({@link java.security.SecureRandom} is).
 */
final class TokenGenerator {

  /** Draws before giving up; a country whose numbering plan swallows them all is misconfigured. */
  static final int MAX_DRAWS = 1_000;

  private static final int LOWEST = 10_000_000;
  private static final int BEYOND = 100_000_000;

  private final RandomGenerator random;
  private final PhoneNumbers phones;

  TokenGenerator(RandomGenerator random, PhoneNumbers phones) {
    this.random = random;
    this.phones = phones;
  }

  /**
   * A fresh candidate; not checked against the store.
   *
   * @throws TokenIssueException if {@link #MAX_DRAWS} draws in a row were phone numbers
   */
  Token next() {
    for (int i = 0; i < MAX_DRAWS; i++) {
      Token candidate = Token.withCheckDigit(Integer.toString(random.nextInt(LOWEST, BEYOND)));
      if (!dialable(candidate)) {
        return candidate;
      }
    }
    throw new TokenIssueException("every one of " + MAX_DRAWS + " candidate tokens was a valid "
        + phones.region() + " phone number");
  }

  /** Whether dialling the token's digits, with or without a leading 0, reaches a valid number. */
  boolean dialable(Token token) {
    return phones.parseTyped(token.value()).isPresent()
        || phones.parseTyped("0" + token.value()).isPresent();
  }
}
