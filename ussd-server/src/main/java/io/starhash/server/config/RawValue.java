package io.starhash.server.config;

import java.util.Objects;

/**
 * The text given for a key by one source, and where it came from.
 *
 * @param origin where to look, e.g. {@code starhash.yaml:3}, {@code env STARHASH_X},
 *     {@code --set}; empty for a built-in default
 */
record RawValue(String key, String text, String origin) {

  RawValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(origin, "origin");
    text = text == null ? "" : text.strip();
  }

  /** {@code problem} followed by the origin, if any: {@code "... [starhash.yaml:3]"}. */
  String locate(String problem) {
    return origin.isEmpty() ? problem : problem + " [" + origin + "]";
  }
}
