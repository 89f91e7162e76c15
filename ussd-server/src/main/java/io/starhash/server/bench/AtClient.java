package io.starhash.server.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends single Africa's Talking hops with a chosen {@code sessionId}, asynchronously, over
 * keep-alive HTTP/1.1 connections: what the benchmark uses to open sessions it then inspects.
 *
 * <p>Thread-safe.
 */
final class AtClient {

  static final String SERVICE_CODE = "*165#";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI url;
  private final HttpClient http;

  /** @param url the server's Africa's Talking endpoint */
  AtClient(URI url) {
    this.url = Objects.requireNonNull(url, "url");
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Posts one hop of session {@code sessionId} by {@code msisdn} with the cumulative {@code text}.
   *
   * @return the reply body ({@code CON ...} or {@code END ...}); fails with an
   *     {@link IllegalStateException} on a non-200 status
   */
  CompletableFuture<String> hop(String sessionId, String msisdn, String text) {
    String form = "sessionId=" + enc(sessionId) + "&serviceCode=" + enc(SERVICE_CODE)
        + "&phoneNumber=" + enc(msisdn) + "&networkCode=bench&text=" + enc(text);
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, UTF_8))
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8)).thenApply(r -> {
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    });
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, UTF_8);
  }
}
