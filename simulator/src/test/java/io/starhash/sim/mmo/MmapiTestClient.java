package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the simulator's MMAPI, as a test sees it. */
final class MmapiTestClient {

  /** One answer: status, JSON body (a missing node if empty) and headers. */
  record Reply(int status, JsonNode json, HttpHeaders headers) {
    String text(String field) {
      return json.path(field).asText(null);
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final URI root;

  MmapiTestClient(MmoSimulator sim) {
    this.base = sim.baseUrl();
    this.root = URI.create(sim.baseUrl().toString().replace(MmoSimulator.BASE_PATH, ""));
  }

  /** {@code POST /transactions/type/{type}} with {@code X-CorrelationID}, and {@code X-Callback-URL} unless null. */
  Reply post(String type, String correlationId, String body, URI callback) throws IOException, InterruptedException {
    return send(postRequest(type, correlationId, body, callback, Duration.ofSeconds(10)));
  }

  HttpRequest postRequest(String type, String correlationId, String body, URI callback, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/transactions/type/" + type))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("X-Date", "Sun, 01 Mar 2026 08:00:00 GMT")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (correlationId != null) {
      b.header("X-CorrelationID", correlationId);
    }
    if (callback != null) {
      b.header("X-Callback-URL", callback.toString());
    }
    return b.build();
  }

  /** GET of a path under {@code /v1.2/mm}, e.g. {@code /heartbeat}. */
  Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build());
  }

  /** Any method on a path under the server's root, e.g. {@code DELETE /sim/faults}. */
  Reply raw(String method, String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body());
    return new Reply(r.statusCode(), json, r.headers());
  }

  HttpClient http() {
    return http;
  }

  /** A payment body: {@code debit} and {@code credit} as {@code "idType:id"}. */
  static String payment(String amount, String debit, String credit) {
    return payment(amount, "TZS", debit, credit);
  }

  static String payment(String amount, String currency, String debit, String credit) {
    ObjectNode n = JSON.createObjectNode().put("amount", amount).put("currency", currency)
        .put("descriptionText", "test");
    n.set("debitParty", party(debit));
    n.set("creditParty", party(credit));
    return n.toString();
  }

  static JsonNode party(String party) {
    int colon = party.indexOf(':');
    return JSON.createArrayNode().add(JSON.createObjectNode()
        .put("key", party.substring(0, colon)).put("value", party.substring(colon + 1)));
  }
}
