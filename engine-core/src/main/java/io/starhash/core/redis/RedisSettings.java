package io.starhash.core.redis;

import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach Redis and how long to wait for it.
 *
 * @param url {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://...}
 * @param commandTimeout how long one command may take before its stage fails
 * @param connectTimeout how long opening the TCP connection may take
 * @param requestQueueSize how many commands may wait for an answer before new ones are refused
 */
public record RedisSettings(
    String url, Duration commandTimeout, Duration connectTimeout, int requestQueueSize) {

  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(500);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final int DEFAULT_REQUEST_QUEUE_SIZE = 10_000;

  private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^@/]*)@");

  public RedisSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
      throw new IllegalArgumentException("redis url must start with redis:// or rediss://: " + mask(url));
    }
    checkParses(url);
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("redis commandTimeout must be positive");
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("redis connectTimeout must be positive");
    }
    if (requestQueueSize <= 0) {
      throw new IllegalArgumentException("redis requestQueueSize must be positive");
    }
  }

  /** Fails with a message that never shows the password (so no cause is attached either). */
  private static void checkParses(String url) {
    String bad = "bad redis url " + mask(url) + ": ";
    URI parsed;
    try {
      parsed = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(bad + e.getReason());
    }
    if (parsed.getHost() == null) {
      throw new IllegalArgumentException(bad + "expected host[:port]");
    }
    try {
      RedisURI.create(url);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(bad + String.valueOf(e.getMessage()).replace(url, mask(url)));
    }
  }

  /** Settings for {@code url} with the default timeouts and queue size. */
  public static RedisSettings of(String url) {
    return new RedisSettings(url, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_QUEUE_SIZE);
  }

  /** The url with its password replaced by {@code ****}, for logs and error messages. */
  public String maskedUrl() {
    return mask(url);
  }

  /** {@code host:port} of the server. */
  public String address() {
    RedisURI uri = RedisURI.create(url);
    return uri.getHost() + ":" + uri.getPort();
  }

  RedisURI uri() {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(commandTimeout);
    return uri;
  }

  @Override
  public String toString() {
    return "RedisSettings[url=" + maskedUrl() + ", commandTimeout=" + commandTimeout
        + ", connectTimeout=" + connectTimeout + ", requestQueueSize=" + requestQueueSize + "]";
  }

  /** Masks the password of any redis url: {@code redis://user:****@host}. */
  static String mask(String url) {
    var m = USER_INFO.matcher(url);
    if (!m.find()) {
      return url;
    }
    String info = m.group(2);
    int colon = info.indexOf(':');
    String masked = colon < 0 ? "****" : info.substring(0, colon) + ":****";
    return m.group(1) + masked + "@" + url.substring(m.end());
  }
}
