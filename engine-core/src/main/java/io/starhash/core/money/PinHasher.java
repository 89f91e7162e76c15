package io.starhash.core.money;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies PINs with PBKDF2-HMAC-SHA256 and a random salt per hash. Thread-safe.
 *
 * <p>{@link #DEFAULT_ITERATIONS} costs a few milliseconds per hash on one core; tests may pass
 * far fewer. Verification uses the iterations stored in the {@link PinHash}, so raising the
 * cost later keeps old hashes valid.
 */
public final class PinHasher {

  /** About 4 ms per hash on one core of the 2-core build machine (measured, JDK 17). */
  public static final int DEFAULT_ITERATIONS = 20_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  public PinHasher() {
    this(DEFAULT_ITERATIONS);
  }

  public PinHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  /** Hashes {@code pin} with a fresh salt. */
  public PinHash hash(String pin) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PinHash(salt, derive(pin, salt, iterations), iterations);
  }

  /** Whether {@code pin} is the PIN behind {@code stored}; compares in constant time. */
  public boolean verify(String pin, PinHash stored) {
    Objects.requireNonNull(stored, "stored");
    return MessageDigest.isEqual(derive(pin, stored.salt(), stored.iterations()), stored.hash());
  }

  private static byte[] derive(String pin, byte[] salt, int iterations) {
    Objects.requireNonNull(pin, "pin");
    PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
