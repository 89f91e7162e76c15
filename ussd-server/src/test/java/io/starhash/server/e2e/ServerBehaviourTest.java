package io.starhash.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.testing.LocalRedis;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole-server behaviour over HTTP: the JSON dialect's resent hops, and a Redis that goes away. */
class ServerBehaviourTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static StarhashApp app(Map<String, String> extra) {
    Map<String, String> sets = new HashMap<>(extra);
    sets.put("server.port", "0");
    return new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), Clock.systemUTC());
  }

  private HttpResponse<String> json(String base, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/ussd"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String hop(int n, String input) {
    return """
        {"sessionId":"j1","msisdn":"+255712000001","serviceCode":"*165#","input":"%s","network":"t","hop":%d}
        """.formatted(input, n);
  }

  @Test
  void theJsonDialectReplaysAResentHopWithoutMovingMoneyTwice() throws Exception {
    try (StarhashApp app = app(Map.of())) {
      String base = "http://127.0.0.1:" + app.start().getPort();
      assertThat(json(base, hop(1, "")).body()).contains("\"continueSession\":true").contains("1 Get my token");
      json(base, hop(2, "7"));
      json(base, hop(3, "+255712000002"));
      json(base, hop(4, "100"));
      String paid = json(base, hop(5, "1234")).body();
      assertThat(paid).contains("Sent 100.00 TZS").contains("Balance 900.00 TZS")
          .contains("\"continueSession\":false");
      assertThat(json(base, hop(5, "1234")).body()).isEqualTo(paid);
    }
  }

  @Test
  void aRedisThatGoesAwayGetsAPoliteScreenA503HealthAndTheServerStaysUp() throws Exception {
    LocalRedis redis = LocalRedis.start();
    try (StarhashApp app = app(Map.of("redis.url", redis.url(), "redis.command-timeout", "200ms"))) {
      String base = "http://127.0.0.1:" + app.start().getPort();
      String form = "sessionId=r1&serviceCode=*165%23&phoneNumber=%2B255712000001&networkCode=t&text=";
      HttpRequest dial = HttpRequest.newBuilder(URI.create(base + "/ussd/africastalking"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build();
      assertThat(http.send(dial, HttpResponse.BodyHandlers.ofString()).body()).startsWith("CON starhash money");

      redis.stop();

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        HttpResponse<String> r = http.send(dial, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("END Sorry, the service is busy. Please try again in a moment.");
      });
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("redis");
      String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(metrics).contains("ussd_store_errors_total{reason=\"unavailable\"}");
    } finally {
      redis.close();
    }
  }
}
