package io.starhash.core.token;

import java.util.Objects;

/**
 * The index key of a phone number in a {@link TokenStore}: the lowercase hex HMAC-SHA256 of its
 * E.164 form under the token secret, so that the index never holds the number itself.
 */
public record PhoneKey(String hex) {

  public PhoneKey {
    Objects.requireNonNull(hex, "hex");
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a phone key is 64 lowercase hex digits");
    }
  }
}
