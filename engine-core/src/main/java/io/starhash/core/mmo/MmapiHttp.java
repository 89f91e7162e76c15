package io.starhash.core.mmo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One HTTP exchange with the MMO: builds the request (base url, {@code X-Date}, JSON headers),
 * sends it with the request timeout, tells whether it was answered, never sent, or lost on the
 * way, and counts it ({@code mmo.requests} by endpoint and outcome, {@code mmo.request.latency}).
 *
 * <p>Thread-safe. Stages never complete exceptionally and complete on this client's own threads.
 */
final class MmapiHttp implements AutoCloseable {

  /** How one exchange ended. */
  sealed interface Exchange {
    /** The MMO answered with {@code status}. */
    record Answered(int status, byte[] body) implements Exchange {}

    /** The request never left: connection refused or connect timeout. */
    record NotSent(String reason) implements Exchange {}

    /** The request may have arrived, but no answer came (timeout, broken connection). */
    record Lost(String reason) implements Exchange {}
  }

  private final MmoSettings settings;
  private final Clock clock;
  private final MeterRegistry registry;
  private final ExecutorService executor;
  private final HttpClient client;

  MmapiHttp(MmoSettings settings, Clock clock, MeterRegistry registry) {
    this.settings = settings;
    this.clock = clock;
    this.registry = registry;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "mmo-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.requestTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
  }

  CompletionStage<Exchange> get(String endpoint, String path) {
    return send(endpoint, builder(path).GET().build());
  }

  CompletionStage<Exchange> post(String endpoint, String path, byte[] body,
      Map<String, String> headers) {
    HttpRequest.Builder b = builder(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(endpoint, b.build());
  }

  private HttpRequest.Builder builder(String path) {
    return HttpRequest.newBuilder(settings.resolve(path))
        .timeout(settings.requestTimeout())
        .header("Accept", "application/json")
        .header("X-Date", DateTimeFormatter.ISO_INSTANT.format(
            clock.instant().truncatedTo(ChronoUnit.MILLIS)));
  }

  private CompletionStage<Exchange> send(String endpoint, HttpRequest request) {
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handleAsync((response, failure) -> {
      Exchange exchange = response != null
          ? new Exchange.Answered(response.statusCode(), response.body())
          : classify(failure);
      record(endpoint, exchange, Duration.ofNanos(System.nanoTime() - start));
      return exchange;
    }, executor);
  }

  static Exchange classify(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof HttpConnectTimeoutException) {
      return new Exchange.NotSent("connect timeout");
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) {
        return new Exchange.NotSent("connection refused");
      }
    }
    if (t instanceof HttpTimeoutException) {
      return new Exchange.Lost("timeout");
    }
    if (t instanceof IOException) {
      return new Exchange.Lost("connection broken: " + t.getClass().getSimpleName());
    }
    return new Exchange.Lost(t.getClass().getSimpleName());
  }

  private void record(String endpoint, Exchange exchange, Duration latency) {
    String outcome;
    if (exchange instanceof Exchange.Answered) {
      outcome = (((Exchange.Answered) exchange).status() / 100) + "xx";
    } else if (exchange instanceof Exchange.NotSent) {
      outcome = "not_sent";
    } else {
      outcome = "lost";
    }
    Counter.builder("mmo.requests").description("HTTP requests to the MMO")
        .tag("endpoint", endpoint).tag("outcome", outcome)
        .register(registry).increment();
    Timer.builder("mmo.request.latency").description("latency of HTTP requests to the MMO")
        .tag("endpoint", endpoint).publishPercentileHistogram()
        .register(registry).record(latency);
  }

  /** {@code value} as one path segment: unreserved characters and {@code +} kept, the rest escaped. */
  static String segment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '+') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /** Stops this client's threads; exchanges in flight complete or are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
