package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.phone.Msisdn;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TokenCryptoTest {

  private static final Msisdn ALICE = new Msisdn("+255712000001");
  private static final Token T = new Token("481233073");
  private static final Token OTHER = Token.withCheckDigit("31415926");

  private final TokenCrypto crypto = new TokenCrypto(TokenSettings.DEMO_SECRET, new SecureRandom());

  @Test
  void aSealedOwnerOpensForItsTokenAndHidesTheNumber() {
    byte[] sealed = crypto.seal(T, ALICE);

    assertThat(crypto.open(T, sealed)).isEqualTo(ALICE);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("712000001");
    assertThat(sealed).hasSize(1 + 12 + ALICE.e164().length() + 16);
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertThat(crypto.seal(T, ALICE)).isNotEqualTo(crypto.seal(T, ALICE));
  }

  @Test
  void aSealedOwnerDoesNotOpenUnderAnotherTokenOrSecretOrWhenTampered() {
    byte[] sealed = crypto.seal(T, ALICE);
    TokenCrypto other = new TokenCrypto("another-secret-of-at-least-32-characters", new SecureRandom());
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;

    assertThatThrownBy(() -> crypto.open(OTHER, sealed)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> other.open(T, sealed)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> crypto.open(T, tampered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> crypto.open(T, new byte[] {1, 2})).hasMessageContaining("layout");
  }

  @Test
  void thePhoneKeyIsAStableKeyedHash() {
    PhoneKey key = crypto.phoneKey(ALICE);
    TokenCrypto other = new TokenCrypto("another-secret-of-at-least-32-characters", new SecureRandom());

    assertThat(crypto.phoneKey(new Msisdn("+255712000001"))).isEqualTo(key);
    assertThat(crypto.phoneKey(new Msisdn("+255712000002"))).isNotEqualTo(key);
    assertThat(other.phoneKey(ALICE)).as("keyed by the secret").isNotEqualTo(key);
    assertThat(key.hex()).doesNotContain("712000001");
  }
}
