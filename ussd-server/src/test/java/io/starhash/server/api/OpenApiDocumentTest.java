package io.starhash.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code openapi.yaml} is OpenAPI 3.0, documents every route the server serves, and is self-consistent. */
class OpenApiDocumentTest {

  /** The server's own routes, outside the API router: the two USSD dialects and the operations endpoints. */
  private static final List<String[]> SERVER_ROUTES = List.of(
      new String[] {"post", "/ussd/africastalking"},
      new String[] {"post", "/ussd"},
      new String[] {"get", "/health"},
      new String[] {"get", "/metrics"});

  private final JsonNode doc = read();

  private static JsonNode read() {
    try {
      return new YAMLMapper().readTree(OpenApiDocument.load());
    } catch (java.io.IOException e) {
      throw new AssertionError("openapi.yaml is not YAML", e);
    }
  }

  @Test
  void isOpenApi30() {
    assertThat(doc.path("openapi").asText()).matches("3\\.0\\.\\d+");
    assertThat(doc.path("info").path("title").asText()).isEqualTo("starhash");
    assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
        .isEqualTo("bearer");
  }

  @Test
  void everyApiEndpointIsDocumentedWithItsOperationId() {
    for (Endpoint endpoint : Endpoint.values()) {
      JsonNode operation = doc.path("paths").path(endpoint.template()).path(endpoint.method().toLowerCase(Locale.ROOT));

      assertThat(operation.path("operationId").asText()).as(endpoint.name()).isEqualTo(endpoint.operationId());
      for (String param : pathParameters(endpoint.template())) {
        assertThat(declaredPathParameters(operation)).as(endpoint + " declares " + param).contains(param);
      }
    }
  }

  @Test
  void partnerEndpointsNeedTheBearerKey() {
    for (Endpoint endpoint : Endpoint.values()) {
      JsonNode operation = doc.path("paths").path(endpoint.template()).path(endpoint.method().toLowerCase(Locale.ROOT));
      boolean partner = endpoint.template().startsWith("/api/v1/");

      assertThat(operation.path("security").toString().contains("bearer")).as(endpoint.name()).isEqualTo(partner);
      if (partner) {
        assertThat(operation.path("responses").has("401")).as(endpoint.name()).isTrue();
      }
    }
  }

  @Test
  void theServersOwnRoutesAreDocumented() {
    for (String[] route : SERVER_ROUTES) {
      assertThat(doc.path("paths").path(route[1]).path(route[0]).path("responses").has("200"))
          .as(route[0] + " " + route[1]).isTrue();
    }
    assertThat(doc.path("paths").path("/ussd/africastalking").path("post").path("requestBody").path("content")
        .has("application/x-www-form-urlencoded")).isTrue();
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static List<String> pathParameters(String template) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private List<String> declaredPathParameters(JsonNode operation) {
    List<String> names = new ArrayList<>();
    for (JsonNode param : operation.path("parameters")) {
      JsonNode resolved = param.has("$ref") ? doc.at(param.get("$ref").asText().substring(1)) : param;
      if (resolved.path("in").asText().equals("path") && resolved.path("required").asBoolean()) {
        names.add(resolved.path("name").asText());
      }
    }
    return names;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
