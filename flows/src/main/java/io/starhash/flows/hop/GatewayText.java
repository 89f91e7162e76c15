package io.starhash.flows.hop;

/**
 * The cumulative text of Africa's-Talking-style gateways ({@code 1*500*1234}) as the session
 * keeps it: PIN inputs are masked with {@link #MASK}, so that no PIN is ever saved, and a
 * masked position matches any character when a new text is compared with it.
 */
final class GatewayText {

  static final char MASK = '?';

  private GatewayText() {}

  /** Whether {@code incoming} is the text already consumed: a resent hop. */
  static boolean same(String stored, String incoming) {
    return stored.length() == incoming.length() && prefixMatches(stored, incoming);
  }

  /**
   * The latest input when {@code incoming} extends {@code stored} by one {@code *}-separated
   * input (which may itself contain {@code *}), or null when it does not extend it.
   */
  static String latestInput(String stored, String incoming) {
    if (stored.isEmpty()) {
      return incoming;
    }
    if (incoming.length() <= stored.length() || incoming.charAt(stored.length()) != '*'
        || !prefixMatches(stored, incoming)) {
      return null;
    }
    return incoming.substring(stored.length() + 1);
  }

  /**
   * The first text of a session as it is kept: the first {@code applied} inputs as they are,
   * every later one (never applied, and possibly a PIN typed into a dial string) masked.
   */
  static String keepApplied(String text, int applied) {
    if (text.isEmpty()) {
      return text;
    }
    String[] parts = text.split("\\*", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('*');
      }
      out.append(i < applied ? parts[i] : String.valueOf(MASK).repeat(parts[i].length()));
    }
    return out.toString();
  }

  /** {@code stored} followed by {@code input}, masked when it is a secret. */
  static String append(String stored, String input, boolean secret) {
    String part = secret ? String.valueOf(MASK).repeat(input.length()) : input;
    return stored.isEmpty() ? part : stored + "*" + part;
  }

  private static boolean prefixMatches(String stored, String incoming) {
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c != MASK && c != incoming.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
