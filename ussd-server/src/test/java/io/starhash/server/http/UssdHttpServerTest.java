package io.starhash.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.UssdEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real server on 127.0.0.1, port 0, driven over real sockets. */
class UssdHttpServerTest {

  private static final String AT_FIRST = "sessionId=at-1&serviceCode=*165%23&phoneNumber=255712000001&networkCode=63902&text=";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicReference<UssdEngine> engine = new AtomicReference<>(new TestEngines.Recording());
  private final AtomicReference<Health> health = new AtomicReference<>(Health.of(Map.of()));
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private UssdHttpServer server;
  private InetSocketAddress address;

  @BeforeEach
  void start() {
    HttpServerDeps deps = new HttpServerDeps(
        hop -> engine.get().handle(hop), EmbeddedUssd.PHONES, registry,
        () -> CompletableFuture.completedFuture(health.get()));
    server = new UssdHttpServer(HttpServerSettings.of("127.0.0.1", 0), deps);
    address = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return client.send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path).GET().build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + path))
        .timeout(Duration.ofSeconds(10));
  }

  @Test
  void listensOnTheLoopbackOnARealPort() {
    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
    assertThat(address.getPort()).isPositive();
  }

  @Test
  void africasTalkingDialogue() throws Exception {
    HttpResponse<String> first = post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST);
    HttpResponse<String> second = post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST + "1*42");
    HttpResponse<String> last = post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST + "1*42*0");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
    assertThat(first.body()).isEqualTo("CON Welcome");
    assertThat(second.body()).isEqualTo("CON you typed 1*42");
    assertThat(last.body()).isEqualTo("END Bye");
  }

  @Test
  void jsonDialogue() throws Exception {
    HttpResponse<String> response = post("/ussd", HttpRequests.JSON,
        "{\"sessionId\":\"j-1\",\"msisdn\":\"+255712000001\",\"serviceCode\":\"*165#\",\"input\":\"4\",\"hop\":2}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"sessionId\":\"j-1\",\"message\":\"you typed 4\",\"continueSession\":true}");
  }

  @Test
  void engineAnsweringLaterFromAnotherThread() throws Exception {
    TestEngines.Pending pending = new TestEngines.Pending();
    engine.set(pending);
    CompletableFuture<HttpResponse<String>> response = client.sendAsync(
        request("/ussd/africastalking").header("Content-Type", HttpRequests.FORM)
            .POST(BodyPublishers.ofString(AT_FIRST)).build(),
        BodyHandlers.ofString());

    await().atMost(Duration.ofSeconds(5)).until(() -> !pending.pending.isEmpty());
    assertThat(response).isNotDone();
    Thread answerer = new Thread(() -> pending.pending.poll().answer(Screen.con("later")), "engine-worker");
    answerer.start();

    assertThat(response.get().body()).isEqualTo("CON later");
    // The reply is counted once its write completes, which may be just after the client has it.
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(registry.find("ussd.hops").tag("outcome", "continue").counter())
            .isNotNull()
            .satisfies(c -> assertThat(c.count()).isEqualTo(1)));
  }

  @Test
  void keepAliveServesManyHopsOnOneConnection() throws IOException {
    try (RawHttpClient raw = new RawHttpClient(address)) {
      raw.send(HttpRequests.post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST));
      String first = raw.readResponse();
      raw.send(HttpRequests.post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST + "9"));
      String second = raw.readResponse();

      assertThat(first).startsWith("HTTP/1.1 200 OK").endsWith("CON Welcome");
      assertThat(second).startsWith("HTTP/1.1 200 OK").endsWith("CON you typed 9");
    }
  }

  @Test
  void healthFollowsTheStore() throws Exception {
    health.set(Health.of(Map.of("sessionStore", new Health.Component(Health.Status.UP, Map.of("kind", "memory")))));
    HttpResponse<String> up = get("/health");
    health.set(Health.of(Map.of("sessionStore", new Health.Component(Health.Status.DOWN, Map.of("kind", "redis")))));
    HttpResponse<String> down = get("/health");

    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"sessionStore\":{\"status\":\"UP\",\"kind\":\"memory\"}}");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"sessionStore\":{\"status\":\"DOWN\",\"kind\":\"redis\"}}");
  }

  @Test
  void metricsCountHops() throws Exception {
    post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST);
    await().atMost(Duration.ofSeconds(5)).until(() -> registry.find("ussd.hops").counter() != null);

    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("ussd_hops_total{dialect=\"africastalking\",flow=\"echo\",outcome=\"continue\"} 1.0");
  }

  @Test
  void unknownPathIs404() throws Exception {
    HttpResponse<String> response = get("/ussd/unknown-gateway");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("not found");
  }

  @Test
  void survivesGarbage() throws Exception {
    try (RawHttpClient raw = new RawHttpClient(address)) {
      raw.send("\u0000\u0001\u0002\u00ff GARBAGE \r\n\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String answer = raw.readResponse();

      assertThat(answer).as("a 400, or nothing at all")
          .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).contains(" 400 Bad Request"));
      assertThat(raw.closedByServer()).isTrue();
    }

    HttpResponse<String> next = post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST);
    assertThat(next.body()).isEqualTo("CON Welcome");
  }

  @Test
  void stopIsIdempotentAndTheServerCanStartAgain() throws Exception {
    server.stop();
    server.stop();

    address = server.start();
    assertThat(post("/ussd/africastalking", HttpRequests.FORM, AT_FIRST).body()).isEqualTo("CON Welcome");
  }
}
