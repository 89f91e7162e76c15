package io.starhash.core.effect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An {@link EffectResult} as one line of text ({@code outcome?k=v&k=v}), for stores. */
public final class EffectResultText {

  private EffectResultText() {}

  public static String encode(EffectResult r) {
    StringBuilder sb = new StringBuilder(enc(r.outcome())).append('?');
    r.vars().forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
    return sb.toString();
  }

  /** The result, or empty if {@code text} is not one. */
  public static Optional<EffectResult> decode(String text) {
    int q = text.indexOf('?');
    if (q <= 0) {
      return Optional.empty();
    }
    Map<String, String> vars = new LinkedHashMap<>();
    for (String pair : text.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        vars.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
      }
    }
    return Optional.of(new EffectResult(dec(text.substring(0, q)), vars));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
