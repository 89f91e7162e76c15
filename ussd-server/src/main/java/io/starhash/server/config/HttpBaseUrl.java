package io.starhash.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The value type of an HTTP base URL such as {@code https://mmo.example/v1.2/mm}: absolute,
 * {@code http} or {@code https}, with a host, without a query, a fragment or a trailing slash
 * (paths are appended to it). A password in it is never shown.
 */
final class HttpBaseUrl {

  private static final int MAX_PORT = 65_535;

  private HttpBaseUrl() {}

  /**
   * An HTTP base URL, or nothing; a trailing slash in the text is dropped.
   *
   * @param example a URL to quote when the text is refused
   */
  static ValueType<Optional<URI>> type(String example) {
    String useExample = " (use e.g. " + example + ")";
    ValueType<URI> url = ValueType.<URI>of(text -> {
      try {
        return new URI(withoutTrailingSlashes(text));
      } catch (URISyntaxException e) {
        throw new BadValue("is not a URL" + useExample);
      }
    }, value -> check(value, useExample)).shownAs(text -> "'" + RedisUrl.mask(text) + "'");
    return ValueTypes.optional(url);
  }

  /** {@code url} as text with its password (or a lone secret before '@') replaced by ****. */
  static String masked(URI url) {
    return RedisUrl.mask(url.toString());
  }

  private static void check(URI url, String useExample) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadValue("is not an http:// or https:// URL" + useExample);
    }
    if (url.getHost() == null || url.getPort() > MAX_PORT || url.getPort() == 0) {
      throw new BadValue("has no valid host and port" + useExample);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new BadValue("must not have a query or fragment" + useExample);
    }
    if (url.getRawPath().endsWith("/")) {
      throw new BadValue("must not end with /" + useExample);
    }
  }

  private static String withoutTrailingSlashes(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '/') {
      end--;
    }
    return text.substring(0, end);
  }
}
