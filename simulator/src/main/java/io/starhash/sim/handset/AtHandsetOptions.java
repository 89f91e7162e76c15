package io.starhash.sim.handset;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom an {@link AfricasTalkingHandset} dials.
 *
 * @param url the server's Africa's Talking endpoint, http or https
 * @param phoneNumber sent as given in {@code phoneNumber}, e.g. {@code +255712000001}
 * @param networkCode sent in {@code networkCode}
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a whole reply
 */
public record AtHandsetOptions(
    URI url, String phoneNumber, String networkCode, Duration connectTimeout, Duration requestTimeout) {

  public static final String DEFAULT_NETWORK_CODE = "sim";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public AtHandsetOptions {
    Objects.requireNonNull(url, "url");
    if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
      throw new IllegalArgumentException("url must be http or https: " + url);
    }
    requireText(phoneNumber, "phoneNumber");
    requireText(networkCode, "networkCode");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
  }

  /** Options with the default network code ({@value #DEFAULT_NETWORK_CODE}) and timeouts. */
  public static AtHandsetOptions of(URI url, String phoneNumber) {
    return new AtHandsetOptions(
        url, phoneNumber, DEFAULT_NETWORK_CODE, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  public AtHandsetOptions withNetworkCode(String code) {
    return new AtHandsetOptions(url, phoneNumber, code, connectTimeout, requestTimeout);
  }

  public AtHandsetOptions withRequestTimeout(Duration timeout) {
    return new AtHandsetOptions(url, phoneNumber, networkCode, connectTimeout, timeout);
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
