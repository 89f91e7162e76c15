package io.starhash.core.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An agent or merchant that uses the partner API. A merchant's id is its merchant code, the
 * digits customers type. The API key is kept only as its SHA-256 (keys are long random strings,
 * so a fast hash is enough), compared in constant time.
 *
 * @param mmoAccountId the partner's account at the MMO ({@code accountid} in MMAPI terms)
 * @param keyHash the lowercase hex SHA-256 of the API key
 */
public record Partner(String id, PartnerKind kind, String displayName, String mmoAccountId, String keyHash) {

  private static final Pattern AGENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern MERCHANT_CODE = Pattern.compile("[0-9]{3,10}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final int MAX_NAME = 64;
  private static final int MAX_KEY = 256;

  public Partner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(mmoAccountId, "mmoAccountId");
    Objects.requireNonNull(keyHash, "keyHash");
    Pattern idShape = kind == PartnerKind.MERCHANT ? MERCHANT_CODE : AGENT_ID;
    if (!idShape.matcher(id).matches()) {
      throw new IllegalArgumentException(kind == PartnerKind.MERCHANT
          ? "merchant code must be 3 to 10 digits: " + id
          : "agent id must be 1 to 32 letters, digits, _ or -: " + id);
    }
    displayName = displayName.strip();
    if (displayName.isEmpty() || displayName.length() > MAX_NAME) {
      throw new IllegalArgumentException("partner " + id + " needs a name of 1 to " + MAX_NAME + " characters");
    }
    if (mmoAccountId.isBlank() || mmoAccountId.length() > MAX_NAME) {
      throw new IllegalArgumentException("partner " + id + " needs an MMO account id of 1 to " + MAX_NAME
          + " characters");
    }
    if (!HASH.matcher(keyHash).matches()) {
      throw new IllegalArgumentException("partner " + id + ": key hash must be 64 lowercase hex digits");
    }
  }

  /** A partner whose API key is {@code apiKey} (kept hashed). */
  public static Partner withKey(String id, PartnerKind kind, String displayName, String mmoAccountId,
      String apiKey) {
    return new Partner(id, kind, displayName, mmoAccountId, hashKey(apiKey));
  }

  /**
   * The lowercase hex SHA-256 of {@code apiKey}.
   *
   * @throws IllegalArgumentException for a blank key or one over 256 characters
   */
  public static String hashKey(String apiKey) {
    if (apiKey == null || apiKey.isBlank() || apiKey.length() > MAX_KEY) {
      throw new IllegalArgumentException("an API key must have 1 to " + MAX_KEY + " characters");
    }
    return HexFormat.of().formatHex(sha256(apiKey.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code apiKey} is this partner's key; compares the hashes in constant time. */
  public boolean acceptsKey(String apiKey) {
    if (apiKey == null || apiKey.isBlank() || apiKey.length() > MAX_KEY) {
      return false;
    }
    byte[] given = sha256(apiKey.getBytes(StandardCharsets.UTF_8));
    return MessageDigest.isEqual(given, HexFormat.of().parseHex(keyHash));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Without the key hash. */
  @Override
  public String toString() {
    return "Partner[" + kind + " " + id + " " + displayName + "]";
  }
}
