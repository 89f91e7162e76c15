package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Active payment tokens, one per phone number: 8 random digits (never a leading 0) and a Damm
 * check digit, never a valid phone number of the home country, unique among active tokens.
 * Thread-safe.
 */
final class Tokens {

  static final int LENGTH = 9;

  private final Map<String, Msisdn> owners = new HashMap<>();
  private final Map<Msisdn, String> byOwner = new HashMap<>();
  private final SecureRandom random;
  private final PhoneNumbers phoneNumbers;

  Tokens(SecureRandom random, PhoneNumbers phoneNumbers) {
    this.random = random;
    this.phoneNumbers = phoneNumbers;
  }

  /** Issues a token for {@code owner}, replacing (revoking) the one it had. */
  synchronized String issue(Msisdn owner) {
    String token;
    do {
      token = candidate();
    } while (owners.containsKey(token) || phoneNumbers.parseTyped(token).isPresent());
    revoke(owner);
    owners.put(token, owner);
    byOwner.put(owner, token);
    return token;
  }

  /** Revokes {@code owner}'s token; false if it had none. */
  synchronized boolean revoke(Msisdn owner) {
    String old = byOwner.remove(owner);
    if (old == null) {
      return false;
    }
    owners.remove(old);
    return true;
  }

  /** The owner of the active token that {@code typed} spells (spaces allowed). */
  synchronized Optional<Msisdn> resolve(String typed) {
    return normalise(typed).map(owners::get);
  }

  /** The token's digits without spaces, if {@code typed} has the shape of a token and its check digit is right. */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replace(" ", "");
    return digits.length() == LENGTH && Damm.isValid(digits) ? Optional.of(digits) : Optional.empty();
  }

  /** The token as shown to people: {@code 4812 3307 5}. */
  static String grouped(String token) {
    return token.substring(0, 4) + " " + token.substring(4, 8) + " " + token.substring(8);
  }

  private String candidate() {
    StringBuilder sb = new StringBuilder(LENGTH);
    sb.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < LENGTH - 1; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.append(Damm.checkDigit(sb.toString())).toString();
  }
}
