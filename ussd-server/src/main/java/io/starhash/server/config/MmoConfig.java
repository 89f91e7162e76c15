package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.MMO_CALLBACK_URL;
import static io.starhash.server.config.ConfigKeys.MMO_FINAL_WAIT;
import static io.starhash.server.config.ConfigKeys.MMO_MAX_POST_ATTEMPTS;
import static io.starhash.server.config.ConfigKeys.MMO_REQUEST_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.MMO_URL;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * The MMO: where its GSMA Mobile Money API is, where it calls back, and how long to wait for it.
 *
 * <p>{@link #toString()} masks a password in either URL.
 *
 * @param url the API's base URL, without a trailing slash; empty: the built-in MMO simulator
 * @param callbackUrl the base URL the MMO calls back, without a trailing slash; empty: derived
 *     from this server's address, see {@link #callbackBase(String, int)}
 * @param finalWait must be shorter than {@code ussd.hop-budget} (checked by {@link
 *     StarhashConfig})
 */
public record MmoConfig(
    Optional<URI> url,
    Optional<URI> callbackUrl,
    Duration requestTimeout,
    Duration finalWait,
    int maxPostAttempts) {

  /** @throws ConfigException naming the key of a value that is not allowed */
  public MmoConfig {
    MMO_URL.require(url);
    MMO_CALLBACK_URL.require(callbackUrl);
    MMO_REQUEST_TIMEOUT.require(requestTimeout);
    MMO_FINAL_WAIT.require(finalWait);
    MMO_MAX_POST_ATTEMPTS.require(maxPostAttempts);
  }

  /**
   * The base URL the MMO calls back: {@link #callbackUrl()}, or {@code
   * http://HOST:PORT/mmo/callback} of the server at {@code host} (a name or IP literal) and
   * {@code port}.
   */
  public URI callbackBase(String host, int port) {
    if (callbackUrl.isPresent()) {
      return callbackUrl.get();
    }
    String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    try {
      return new URI("http://" + bracketed + ":" + port + "/mmo/callback");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a host: " + host, e);
    }
  }

  @Override
  public String toString() {
    return "MmoConfig[url=" + url.map(HttpBaseUrl::masked)
        + ", callbackUrl=" + callbackUrl.map(HttpBaseUrl::masked)
        + ", requestTimeout=" + requestTimeout + ", finalWait=" + finalWait
        + ", maxPostAttempts=" + maxPostAttempts + "]";
  }
}
