package io.starhash.core.money;

import java.util.Arrays;
import java.util.Base64;

/**
 * A PIN as it is stored: PBKDF2-HMAC-SHA256 of the PIN with a per-user salt. Immutable (the
 * arrays are copied in and out); {@link #toString()} shows no bytes.
 */
public record PinHash(byte[] salt, byte[] hash, int iterations) {

  public PinHash {
    if (salt == null || salt.length < 16) {
      throw new IllegalArgumentException("salt must be at least 16 bytes");
    }
    if (hash == null || hash.length < 16) {
      throw new IllegalArgumentException("hash must be at least 16 bytes");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    salt = salt.clone();
    hash = hash.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  /** A storable form: {@code iterations:salt:hash}, base64. */
  public String encoded() {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PinHash p && iterations == p.iterations
        && Arrays.equals(salt, p.salt) && Arrays.equals(hash, p.hash);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(salt) + Arrays.hashCode(hash)) + iterations;
  }

  @Override
  public String toString() {
    return "PinHash[iterations=" + iterations + "]";
  }
}
