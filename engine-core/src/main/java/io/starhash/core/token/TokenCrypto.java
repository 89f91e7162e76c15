package io.starhash.core.token;

import io.starhash.core.phone.Msisdn;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps phone numbers out of the token store: the phone index is keyed by HMAC-SHA256 of the
 * E.164 number, and the owner of a token is sealed with AES-256-GCM (random 96-bit nonce, the
 * token as associated data, so a sealed owner copied under another token does not open). Both
 * keys are derived from {@code tokens.secret} with HKDF-SHA256, one per purpose.
 *
 * <p>Thread-safe. Sealed layout: version byte {@code 1}, 12-byte nonce, ciphertext + 16-byte tag.
 */
final class TokenCrypto {

  private static final String HMAC = "HmacSHA256";
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] SALT = "starhash tokens v1".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec indexKey;
  private final SecretKeySpec sealKey;
  private final SecureRandom random;

  TokenCrypto(String secret, SecureRandom random) {
    byte[] prk = hmac(new SecretKeySpec(SALT, HMAC), secret.getBytes(StandardCharsets.UTF_8));
    SecretKeySpec master = new SecretKeySpec(prk, HMAC);
    this.indexKey = new SecretKeySpec(expand(master, "phone index"), HMAC);
    this.sealKey = new SecretKeySpec(expand(master, "owner seal"), "AES");
    this.random = random;
  }

  PhoneKey phoneKey(Msisdn phone) {
    byte[] mac = hmac(indexKey, phone.e164().getBytes(StandardCharsets.US_ASCII));
    return new PhoneKey(HexFormat.of().formatHex(mac));
  }

  byte[] seal(Token token, Msisdn owner) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, token);
      byte[] sealed = cipher.doFinal(owner.e164().getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * The owner sealed in {@code sealed} for {@code token}.
   *
   * @throws IllegalArgumentException if it was not sealed for this token with this secret
   */
  Msisdn open(Token token, byte[] sealed) {
    if (sealed.length <= 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new IllegalArgumentException("sealed owner has an unknown layout");
    }
    byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, token);
      byte[] clear = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
      return new Msisdn(new String(clear, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("sealed owner does not open with this secret", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce, Token token) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(token.value().getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }

  /** HKDF-Expand for one 32-byte block: HMAC(prk, info || 0x01). */
  private static byte[] expand(SecretKeySpec prk, String info) {
    byte[] in = (info + "\u0001").getBytes(StandardCharsets.US_ASCII);
    return hmac(prk, in);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
