package io.starhash.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code GET /health} and {@code GET /metrics} byte for byte, on an EmbeddedChannel. */
class AdminEndpointsTest {

  private static Health.Component store(Health.Status status, String detail, long active) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", "redis");
    details.put("detail", detail);
    details.put("activeSessions", active);
    return new Health.Component(status, details);
  }

  private static String health(Supplier<CompletionStage<Health>> supplier) {
    return new EmbeddedUssd(new TestEngines.Recording(), supplier, List.of()).exchange(HttpRequests.get("/health"));
  }

  @Test
  void healthyStoreIs200WithTheComponent() {
    Health up = Health.of(Map.of("sessionStore", store(Health.Status.UP, "PONG in 1 ms", 3)));

    String response = health(() -> CompletableFuture.completedFuture(up));

    String body = "{\"status\":\"UP\",\"sessionStore\":{\"status\":\"UP\",\"kind\":\"redis\","
        + "\"detail\":\"PONG in 1 ms\",\"activeSessions\":3}}";
    assertThat(response).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "content-type: application/json\r\n"
        + "content-length: " + body.length() + "\r\n"
        + "\r\n"
        + body);
  }

  @Test
  void storeDownIs503() {
    Health down = Health.of(Map.of("sessionStore", store(Health.Status.DOWN, "connection refused", 0)));

    String response = health(() -> CompletableFuture.completedFuture(down));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 503 Service Unavailable");
    assertThat(EmbeddedUssd.body(response)).startsWith("{\"status\":\"DOWN\",\"sessionStore\":{\"status\":\"DOWN\"");
  }

  @Test
  void failingHealthCheckIs503() {
    String thrown = health(() -> {
      throw new IllegalStateException("boom");
    });
    String failed = health(() -> CompletableFuture.failedFuture(new IllegalStateException("boom")));

    assertThat(List.of(thrown, failed)).allSatisfy(response -> {
      assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 503 Service Unavailable");
      assertThat(EmbeddedUssd.body(response)).isEqualTo(
          "{\"status\":\"DOWN\",\"healthCheck\":{\"status\":\"DOWN\",\"detail\":\"health check failed or timed out\"}}");
    });
  }

  @Test
  void metricsArePrometheusText() {
    EmbeddedUssd ussd = new EmbeddedUssd(new TestEngines.Recording());
    ussd.exchange(HttpRequests.post("/ussd/africastalking", HttpRequests.FORM,
        "sessionId=m-1&serviceCode=*165%23&phoneNumber=255712000001&text="));

    String response = ussd.exchange(HttpRequests.get("/metrics"));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 200 OK");
    assertThat(response).contains("content-type: text/plain; version=0.0.4; charset=utf-8\r\n");
    assertThat(EmbeddedUssd.body(response))
        .contains("ussd_hops_total{dialect=\"africastalking\",flow=\"echo\",outcome=\"continue\"} 1.0")
        .contains("ussd_hop_latency_seconds_bucket{dialect=\"africastalking\"");
  }
}
