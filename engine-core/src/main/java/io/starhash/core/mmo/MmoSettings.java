package io.starhash.core.mmo;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the MMO and how long to wait for it.
 *
 * @param baseUrl the MMAPI base, e.g. {@code http://mmo:8081/v1.2/mm}
 * @param callbackBase where the MMO sends callbacks; {@code X-Callback-URL} is
 *     {@code <callbackBase>/<clientCorrelationId>}. Empty: no callbacks, polling only
 * @param requestTimeout the limit of one HTTP request (also the connect timeout)
 * @param finalWait how long {@link MmoGateway#submit} waits for a final state before it
 *     returns {@link TxResult.Pending}
 * @param maxPostAttempts how many times one transaction may be posted when the MMO says it did
 *     not receive it (1-10)
 * @param pollInitial the first delay of polling and of retries; doubled up to {@code pollMax}
 * @param followFor how long a transaction is followed before it is left in doubt for
 *     reconciliation
 */
public record MmoSettings(URI baseUrl, Optional<URI> callbackBase, Duration requestTimeout,
    Duration finalWait, int maxPostAttempts, Duration pollInitial, Duration pollMax,
    Duration followFor) {

  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_FINAL_WAIT = Duration.ofSeconds(3);
  public static final int DEFAULT_MAX_POST_ATTEMPTS = 3;
  public static final Duration DEFAULT_POLL_INITIAL = Duration.ofMillis(500);
  public static final Duration DEFAULT_POLL_MAX = Duration.ofSeconds(30);
  public static final Duration DEFAULT_FOLLOW_FOR = Duration.ofMinutes(10);

  public MmoSettings {
    Objects.requireNonNull(callbackBase, "callbackBase");
    baseUrl = httpUrl("mmo.base-url", baseUrl);
    callbackBase = callbackBase.map(u -> httpUrl("mmo.callback-base", u));
    positive("mmo.request-timeout", requestTimeout);
    positive("mmo.final-wait", finalWait);
    positive("mmo.poll-initial", pollInitial);
    positive("mmo.poll-max", pollMax);
    positive("mmo.follow-for", followFor);
    if (maxPostAttempts < 1 || maxPostAttempts > 10) {
      throw new IllegalArgumentException("mmo.max-post-attempts must be 1-10, not " + maxPostAttempts);
    }
    if (pollMax.compareTo(pollInitial) < 0) {
      throw new IllegalArgumentException("mmo.poll-max must not be shorter than mmo.poll-initial");
    }
    if (followFor.compareTo(pollMax) < 0) {
      throw new IllegalArgumentException("mmo.follow-for must not be shorter than mmo.poll-max");
    }
  }

  /** Settings for {@code baseUrl} with the defaults and no callbacks. */
  public static MmoSettings of(URI baseUrl) {
    return new MmoSettings(baseUrl, Optional.empty(), DEFAULT_REQUEST_TIMEOUT, DEFAULT_FINAL_WAIT,
        DEFAULT_MAX_POST_ATTEMPTS, DEFAULT_POLL_INITIAL, DEFAULT_POLL_MAX, DEFAULT_FOLLOW_FOR);
  }

  /** These settings with callbacks sent to {@code callbackBase}. */
  public MmoSettings withCallbackBase(URI callbackBase) {
    return new MmoSettings(baseUrl, Optional.of(callbackBase), requestTimeout, finalWait,
        maxPostAttempts, pollInitial, pollMax, followFor);
  }

  /** The url of {@code path} (which starts with {@code /}) under the base url. */
  URI resolve(String path) {
    return URI.create(baseUrl + path);
  }

  /** {@code X-Callback-URL} for one transaction, if callbacks are configured. */
  Optional<String> callbackUrl(String clientCorrelationId) {
    return callbackBase.map(b -> b + "/" + clientCorrelationId);
  }

  /** Drops a trailing slash so that paths can be appended. */
  private static URI httpUrl(String key, URI url) {
    Objects.requireNonNull(url, key);
    String scheme = url.getScheme();
    if (!url.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))
        || url.getHost() == null || url.getQuery() != null || url.getFragment() != null) {
      throw new IllegalArgumentException(key + " must be an http(s) url without query: " + url);
    }
    String s = url.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
  }

  private static void positive(String key, Duration d) {
    Objects.requireNonNull(d, key);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(key + " must be positive");
    }
  }
}
