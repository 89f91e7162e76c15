package io.starhash.core.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How tokens are kept and resolved (config keys {@code tokens.*}).
 *
 * @param secret {@code tokens.secret}: at least 32 characters; the keys that encrypt the owner
 *     of each token and hash the phone index are derived from it, so changing it orphans every
 *     stored token
 * @param quarantine {@code tokens.quarantine}: how long a retired or revoked token is not
 *     issued again (default 90 days)
 * @param resolveAttempts {@code tokens.resolve-attempts}: resolutions one caller may try per
 *     {@code resolveWindow} (default 10)
 * @param resolveWindow {@code tokens.resolve-window}: the window those attempts refill over
 *     (default 1 minute)
 */
public record TokenSettings(
    String secret, Duration quarantine, int resolveAttempts, Duration resolveWindow) {

  /** The smallest secret accepted, in characters. */
  public static final int MIN_SECRET_LENGTH = 32;

  /**
   * FOR THE DEMO ONLY: a secret everybody can read in the source. A production deployment must
   * set its own {@code tokens.secret}; {@link #usesDemoSecret()} tells whether it forgot.
   */
  public static final String DEMO_SECRET =
      "starhash-DEMO-ONLY-token-secret-do-not-use-in-production";

  public static final Duration DEFAULT_QUARANTINE = Duration.ofDays(90);
  public static final int DEFAULT_RESOLVE_ATTEMPTS = 10;
  public static final Duration DEFAULT_RESOLVE_WINDOW = Duration.ofMinutes(1);

  public TokenSettings {
    Objects.requireNonNull(secret, "tokens.secret");
    Objects.requireNonNull(quarantine, "tokens.quarantine");
    Objects.requireNonNull(resolveWindow, "tokens.resolve-window");
    if (secret.strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "tokens.secret must have at least " + MIN_SECRET_LENGTH + " characters");
    }
    if (quarantine.toMillis() < 1) {
      throw new IllegalArgumentException("tokens.quarantine must be at least 1 ms");
    }
    if (resolveAttempts < 1) {
      throw new IllegalArgumentException("tokens.resolve-attempts must be at least 1");
    }
    if (resolveWindow.toMillis() < 1) {
      throw new IllegalArgumentException("tokens.resolve-window must be at least 1 ms");
    }
  }

  /** The defaults with {@code secret}. */
  public static TokenSettings withSecret(String secret) {
    return new TokenSettings(secret, DEFAULT_QUARANTINE, DEFAULT_RESOLVE_ATTEMPTS,
        DEFAULT_RESOLVE_WINDOW);
  }

  /** The defaults with {@link #DEMO_SECRET}: for the demo and tests only. */
  public static TokenSettings demo() {
    return withSecret(DEMO_SECRET);
  }

  /** Whether the secret is the published {@link #DEMO_SECRET}. */
  public boolean usesDemoSecret() {
    return DEMO_SECRET.equals(secret);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "TokenSettings[secret=" + (usesDemoSecret() ? "<demo>" : "****")
        + ", quarantine=" + quarantine + ", resolveAttempts=" + resolveAttempts
        + ", resolveWindow=" + resolveWindow + "]";
  }
}
