package io.starhash.server.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Percent-decoding of path segments and query parameters. A literal {@code +} stays a plus (RFC
 * 3986), so that {@code ?customer=+255712000001} means what it says; {@code %2B} works too.
 */
final class UrlText {

  private UrlText() {}

  /** Decodes one path segment or query value. */
  static String decode(String raw, String field) throws Refused {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Refused.badField(field, field + " is not correctly percent-encoded");
    }
  }

  /** The decoded query parameters named in {@code known} (others are ignored); a repeated one is refused. */
  static Map<String, String> query(String rawQuery, Set<String> known) throws Refused {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
      if (!known.contains(name)) {
        continue;
      }
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
      if (params.put(name, value) != null) {
        throw Refused.badField(name, name + " is given more than once");
      }
    }
    return params;
  }

  /** An optional query parameter that, when present, is 1 to {@code max} characters. */
  static Optional<String> optional(Map<String, String> query, String name, int max) throws Refused {
    String value = query.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank() || value.length() > max) {
      throw Refused.badField(name, name + " must be 1 to " + max + " characters");
    }
    return Optional.of(value);
  }
}
