package io.starhash.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Redis is: a {@code redis://} or {@code rediss://} URL, perhaps with a user, a password
 * and a database number.
 *
 * <p>{@link #toString()} masks the password; only {@link #value()} holds it, for the client.
 */
public record RedisUrl(String value) {

  private static final String EXAMPLE = " (use e.g. redis://127.0.0.1:6379)";
  private static final Pattern DATABASE = Pattern.compile("(/\\d{1,5})?/?");
  private static final int MAX_PORT = 65_535;

  /** @throws IllegalArgumentException with a problem phrase that never repeats the URL */
  public RedisUrl {
    Objects.requireNonNull(value, "value");
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("is not a URL" + EXAMPLE);
    }
    if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
      throw new IllegalArgumentException("is not a redis:// or rediss:// URL" + EXAMPLE);
    }
    if (uri.getHost() == null || uri.getPort() > MAX_PORT || uri.getPort() == 0) {
      throw new IllegalArgumentException("has no valid host and port" + EXAMPLE);
    }
    if (uri.getRawPath() != null && !DATABASE.matcher(uri.getRawPath()).matches()) {
      throw new IllegalArgumentException("has a path that is not a database number"
          + " (use e.g. redis://127.0.0.1:6379/0)");
    }
  }

  /** The URL with its password (or a lone secret before '@') replaced by {@code ****}. */
  public String masked() {
    return mask(value);
  }

  @Override
  public String toString() {
    return masked();
  }

  /** Masks the secret in any text that looks like a URL, valid or not. */
  static String mask(String text) {
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return text;
    }
    int scheme = text.indexOf("://");
    int start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
    String userInfo = text.substring(start, at);
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? "" : userInfo.substring(0, colon + 1);
    return text.substring(0, start) + user + "****" + text.substring(at);
  }
}
