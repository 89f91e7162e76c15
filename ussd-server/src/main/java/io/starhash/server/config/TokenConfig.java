package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.TOKENS_QUARANTINE;
import static io.starhash.server.config.ConfigKeys.TOKENS_RESOLVE_ATTEMPTS;
import static io.starhash.server.config.ConfigKeys.TOKENS_RESOLVE_WINDOW;
import static io.starhash.server.config.ConfigKeys.TOKENS_SECRET;

import io.starhash.core.token.TokenSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * Payment tokens: the secret their keys derive from, the reissue quarantine, and how fast one
 * caller may resolve them.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param secret at least {@link TokenSettings#MIN_SECRET_LENGTH} characters; empty: the
 *     published {@link TokenSettings#DEMO_SECRET} (never in production)
 */
public record TokenConfig(
    Optional<String> secret, Duration quarantine, int resolveAttempts, Duration resolveWindow) {

  /** @throws ConfigException naming the key of a value that is not allowed (never the secret) */
  public TokenConfig {
    TOKENS_SECRET.require(secret);
    TOKENS_QUARANTINE.require(quarantine);
    TOKENS_RESOLVE_ATTEMPTS.require(resolveAttempts);
    TOKENS_RESOLVE_WINDOW.require(resolveWindow);
  }

  /** These settings for the token service, with the demo secret when no secret is set. */
  public TokenSettings settings() {
    return new TokenSettings(secret.orElse(TokenSettings.DEMO_SECRET), quarantine,
        resolveAttempts, resolveWindow);
  }

  @Override
  public String toString() {
    return "TokenConfig[secret=" + (secret.isPresent() ? "****" : "<demo>")
        + ", quarantine=" + quarantine + ", resolveAttempts=" + resolveAttempts
        + ", resolveWindow=" + resolveWindow + "]";
  }
}
