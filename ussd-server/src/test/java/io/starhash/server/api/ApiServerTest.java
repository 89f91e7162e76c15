package io.starhash.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.core.testing.MutableClock;
import io.starhash.server.http.Health;
import io.starhash.server.http.HttpServerDeps;
import io.starhash.server.http.HttpServerSettings;
import io.starhash.server.http.UssdHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API on the real server (127.0.0.1, port 0) over real sockets. */
class ApiServerTest {

  private static final String WORKER = "api-test-worker";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, WORKER));
  private final FakePartnerApi port = new FakePartnerApi();
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
  private final SmsOutbox outbox = new SmsOutbox(clock);
  private final List<Map.Entry<String, byte[]>> callbacks = new CopyOnWriteArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private UssdHttpServer server;
  private int port0;

  private void start(ApiDeps api) {
    HttpServerDeps deps = new HttpServerDeps(hop -> CompletableFuture.failedFuture(new IllegalStateException()),
        RouterHarness.PHONES, registry, () -> CompletableFuture.completedFuture(Health.of(Map.of())), api);
    server = new UssdHttpServer(HttpServerSettings.of("127.0.0.1", 0), deps);
    port0 = server.start().getPort();
  }

  private void startWithEverything() {
    start(new ApiDeps(Optional.of(port), Optional.of(outbox),
        Optional.of((id, body) -> callbacks.add(Map.entry(id, body))), executor));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    executor.shutdownNow();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port0 + path)).timeout(Duration.ofSeconds(10));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void createOverHttpRunsTheEngineOffTheEventLoop() throws Exception {
    startWithEverything();

    HttpResponse<String> response = send(request("/api/v1/operations")
        .header("Authorization", "Bearer " + FakePartnerApi.KEY)
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"100.00\"}")));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(response.body()).isEqualTo(FakePartnerApi.VIEW_JSON);
    assertThat(port.authenticatedOn).containsExactly(WORKER);
    assertThat(registry.scrape()).contains("api_requests_total{endpoint=\"createOperation\",status=\"201\"} 1.0");
  }

  @Test
  void missingKeyOverHttpIs401WithTheChallenge() throws Exception {
    startWithEverything();

    HttpResponse<String> response = send(request("/api/v1/accounts/%2B255712000001").GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("www-authenticate")).contains("Bearer");
    assertThat(response.body()).contains("\"errorCode\":\"unauthorized\"");
  }

  @Test
  void accountLookUpOverHttpKeepsTheEncodedPlus() throws Exception {
    startWithEverything();

    HttpResponse<String> response = send(request("/api/v1/accounts/%2B255712000001")
        .header("Authorization", "Bearer " + FakePartnerApi.KEY).GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(port.onlyCall("account")).containsExactly("+255712000001");
  }

  @Test
  void oversizedApiBodyIsA413InJson() throws Exception {
    startWithEverything();

    HttpResponse<String> response = send(request("/api/v1/operations")
        .header("Authorization", "Bearer " + FakePartnerApi.KEY)
        .POST(BodyPublishers.ofString("{\"pad\":\"" + "x".repeat(HttpServerSettings.DEFAULT_MAX_BODY_BYTES) + "\"}")));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .isEqualTo("{\"errorCode\":\"bodyTooLarge\",\"message\":\"body larger than 8192 bytes\"}");
    assertThat(port.calls).isEmpty();
  }

  @Test
  void openApiDocumentIsServed() throws Exception {
    start(ApiDeps.none());

    HttpResponse<byte[]> response = client.send(request("/openapi.yaml").GET().build(), BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/yaml; charset=utf-8");
    assertThat(response.body()).isEqualTo(OpenApiDocument.load());
  }

  @Test
  void simSmsListsTheOutboxForTheNormalisedNumber() throws Exception {
    startWithEverything();
    Msisdn to = new Msisdn("+255712000001");
    outbox.send(to, "Your token is 4812 3307 5");
    clock.advance(Duration.ofSeconds(90));
    outbox.send(to, "You received 100.00 TZS");
    outbox.send(new Msisdn("+255712000002"), "not for you");

    HttpResponse<String> encoded = send(request("/sim/sms/%2B255712000001").GET());
    HttpResponse<String> national = send(request("/sim/sms/0712000001").GET());

    String expected = "{\"msisdn\":\"+255712000001\",\"messages\":["
        + "{\"text\":\"Your token is 4812 3307 5\",\"at\":\"2026-01-01T00:00:00Z\"},"
        + "{\"text\":\"You received 100.00 TZS\",\"at\":\"2026-01-01T00:01:30Z\"}]}";
    assertThat(encoded.statusCode()).isEqualTo(200);
    assertThat(encoded.body()).isEqualTo(expected);
    assertThat(national.body()).isEqualTo(expected);
  }

  @Test
  void simSmsRefusesANonNumberAndIsAbsentWithoutAnOutbox() throws Exception {
    startWithEverything();
    HttpResponse<String> invalid = send(request("/sim/sms/not-a-phone").GET());
    HttpResponse<String> none = send(request("/sim/sms/%2B255712000009").GET());
    server.stop();
    start(ApiDeps.none());
    HttpResponse<String> absent = send(request("/sim/sms/%2B255712000001").GET());

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).endsWith("\"field\":\"msisdn\"}");
    assertThat(none.body()).isEqualTo("{\"msisdn\":\"+255712000009\",\"messages\":[]}");
    assertThat(absent.statusCode()).isEqualTo(404);
  }

  @Test
  void callbackSinkReceivesTheExactBytes() throws Exception {
    startWithEverything();
    byte[] body = {'{', '"', 'a', '"', ':', 1, (byte) 0xff, (byte) 0xc3, '}'};

    HttpResponse<String> response = send(request("/mmo/callback/ccid-0001:x.y_z").PUT(BodyPublishers.ofByteArray(body)));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(callbacks).singleElement().satisfies(call -> {
      assertThat(call.getKey()).isEqualTo("ccid-0001:x.y_z");
      assertThat(call.getValue()).isEqualTo(body);
    });
  }

  @Test
  void callbackRefusesABadIdAWrongMethodAndIsAbsentWithoutASink() throws Exception {
    startWithEverything();
    HttpResponse<String> shortId = send(request("/mmo/callback/short").PUT(BodyPublishers.ofString("{}")));
    HttpResponse<String> spaced = send(request("/mmo/callback/has%20a%20space").PUT(BodyPublishers.ofString("{}")));
    HttpResponse<String> post = send(request("/mmo/callback/ccid-0001").POST(BodyPublishers.ofString("{}")));
    server.stop();
    start(ApiDeps.none());
    HttpResponse<String> absent = send(request("/mmo/callback/ccid-0001").PUT(BodyPublishers.ofString("{}")));

    assertThat(List.of(shortId, spaced)).allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).endsWith("\"field\":\"clientCorrelationId\"}");
    });
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).contains("PUT");
    assertThat(absent.statusCode()).isEqualTo(404);
    assertThat(callbacks).isEmpty();
  }

  @Test
  void otherPathsAreStillTheServersOwn() throws Exception {
    start(ApiDeps.none());

    HttpResponse<String> health = send(request("/health").GET());
    HttpResponse<String> unknown = send(request("/apis").GET());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("not found");
  }
}
