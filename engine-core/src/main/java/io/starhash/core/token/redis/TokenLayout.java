package io.starhash.core.token.redis;

import static io.starhash.core.redis.RedisBytes.ascii;

import io.starhash.core.token.PhoneKey;
import io.starhash.core.token.Token;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * How tokens lie in Redis. {@code sh:{tok:<token>}} holds {@code A} followed by the sealed
 * owner while the token is active, or {@code R} (with a TTL) while it is quarantined;
 * {@code sh:{ph:<phone key>}} holds the digits of the phone's active token. Each key is its own
 * hash tag: no operation spans two keys, so Redis Cluster may spread them.
 */
final class TokenLayout {

  private static final byte ACTIVE = 'A';
  private static final byte RETIRED = 'R';

  static final byte[] RETIRED_VALUE = {RETIRED};

  private TokenLayout() {}

  static byte[] tokenKey(Token token) {
    return ascii("sh:{tok:" + token.value() + "}");
  }

  static byte[] phoneKey(PhoneKey phone) {
    return ascii("sh:{ph:" + phone.hex() + "}");
  }

  static byte[] active(byte[] sealedOwner) {
    byte[] value = new byte[sealedOwner.length + 1];
    value[0] = ACTIVE;
    System.arraycopy(sealedOwner, 0, value, 1, sealedOwner.length);
    return value;
  }

  /**
   * The sealed owner in a token value; empty for a missing or quarantined token.
   *
   * @throws IllegalArgumentException if the value is neither
   */
  static Optional<byte[]> sealedOwner(byte[] value) {
    if (value == null || (value.length == 1 && value[0] == RETIRED)) {
      return Optional.empty();
    }
    if (value.length < 2 || value[0] != ACTIVE) {
      throw new IllegalArgumentException(
          "token value of " + value.length + " bytes in no known state");
    }
    return Optional.of(Arrays.copyOfRange(value, 1, value.length));
  }

  static byte[] pointer(Token token) {
    return ascii(token.value());
  }

  /**
   * The token in an index value; empty for a missing one.
   *
   * @throws IllegalArgumentException if the value is not a token
   */
  static Optional<Token> pointer(byte[] value) {
    return value == null
        ? Optional.empty()
        : Optional.of(new Token(new String(value, StandardCharsets.US_ASCII)));
  }
}
