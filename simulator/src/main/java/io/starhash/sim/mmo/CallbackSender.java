package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the final state of a request to its {@code X-Callback-URL} as {@code PUT}, with the
 * request's {@code X-CorrelationID}. A callback that fails or times out is logged and dropped,
 * never retried: the client polls.
 *
 * <p>Thread-safe; never blocks the caller.
 */
final class CallbackSender {

  private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;

  CallbackSender(ExecutorService executor, Duration timeout, Clock clock) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
        .connectTimeout(timeout).build();
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Sends {@code body} to {@code url} {@code times} times, one after the other. */
  void send(URI url, String clientCorrelationId, JsonNode body, int times) {
    if (times <= 0) {
      return;
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json")
        .header("X-CorrelationID", clientCorrelationId)
        .header("X-Date", Shapes.httpDate(clock.instant()))
        .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    try {
      client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, error) -> done(url, clientCorrelationId, body, times, response, error));
    } catch (RejectedExecutionException e) {
      log.warn("cc={} callback to {} not sent: the simulator is closing", clientCorrelationId, url);
    }
  }

  private void done(URI url, String clientCorrelationId, JsonNode body, int times, HttpResponse<Void> response,
      Throwable error) {
    if (error != null) {
      log.warn("cc={} callback to {} failed: {}", clientCorrelationId, url, error.toString());
    } else if (response.statusCode() / 100 != 2) {
      log.warn("cc={} callback to {} answered {}", clientCorrelationId, url, response.statusCode());
    } else {
      log.debug("cc={} callback delivered", clientCorrelationId);
    }
    send(url, clientCorrelationId, body, times - 1);
  }
}
