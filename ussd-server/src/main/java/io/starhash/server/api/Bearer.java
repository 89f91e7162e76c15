package io.starhash.server.api;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the key of an {@code Authorization: Bearer <key>} header; never logs it. */
final class Bearer {

  static final int MAX_KEY = 256;
  private static final String SCHEME = "Bearer ";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY + "}");

  private Bearer() {}

  /** The key, or empty when the header is missing, of another scheme, or not a plausible key. */
  static Optional<String> key(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String key = authorization.substring(SCHEME.length()).strip();
    return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
  }
}
