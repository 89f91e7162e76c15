package io.starhash.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.api.ApiResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Listing, accepting and rejecting operations, account look-up and notifications. */
class PartnerQueriesTest {

  private final RouterHarness api = new RouterHarness();

  @Test
  void listPassesTheDecodedQueryAndWrapsTheOperations() {
    RouterHarness.Answer answer = api.get("/api/v1/operations?customer=%2B255712000001&status=pending-agent");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"operations\":[" + FakePartnerApi.VIEW_JSON + "]}");
    assertThat(api.port.onlyCall("list"))
        .containsExactly(Optional.of("+255712000001"), Optional.of("pending-agent"));
    assertThat(api.count("api.requests", "endpoint", "listOperations", "status", "200")).isEqualTo(1);
  }

  @Test
  void listKeepsALiteralPlusAndIgnoresUnknownParameters() {
    api.get("/api/v1/operations?customer=+255712000001&page=2");
    api.get("/api/v1/operations");

    assertThat(api.port.calls).extracting(c -> c.args()).containsExactly(
        List.of(Optional.of("+255712000001"), Optional.empty()),
        List.of(Optional.empty(), Optional.empty()));
  }

  @Test
  void badQueryIs400NamingTheParameter() {
    assertThat(List.of(
            api.get("/api/v1/operations?customer="),
            api.get("/api/v1/operations?customer=1&customer=2"),
            api.get("/api/v1/operations?customer=%zz"),
            api.get("/api/v1/operations?customer=" + "1".repeat(33))))
        .allSatisfy(answer -> {
          assertThat(answer.status()).isEqualTo(400);
          assertThat(answer.body()).endsWith("\"field\":\"customer\"}");
        });
    assertThat(api.get("/api/v1/operations?status=").body()).endsWith("\"field\":\"status\"}");
    assertThat(api.port.calls).isEmpty();
  }

  @Test
  void emptyListIsAnEmptyArray() {
    api.port.operations = ApiResult.ok(List.of());

    assertThat(api.get("/api/v1/operations").body()).isEqualTo("{\"operations\":[]}");
  }

  @Test
  void acceptAndRejectCallTheEngineWithTheDecodedId() {
    api.port.operation = ApiResult.ok(FakePartnerApi.VIEW);

    RouterHarness.Answer accepted = api.post("/api/v1/operations/op-1/accept", "");
    RouterHarness.Answer rejected = api.post("/api/v1/operations/op%3A2/reject", "");

    assertThat(List.of(accepted, rejected)).allSatisfy(answer -> {
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(FakePartnerApi.VIEW_JSON);
    });
    assertThat(api.port.calls).extracting(c -> c.name() + " " + c.args().get(0))
        .containsExactly("accept op-1", "reject op:2");
  }

  @Test
  void anotherPartysOperationIsTheEngines404() {
    api.port.operation = ApiResult.problem(404, "notFound", "no such operation");

    RouterHarness.Answer answer = api.post("/api/v1/operations/op-9/accept", "");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("{\"errorCode\":\"notFound\",\"message\":\"no such operation\"}");
    assertThat(api.count("api.rejected", "endpoint", "acceptOperation", "reason", "port_404")).isEqualTo(1);
  }

  @Test
  void wrongStateIsTheEngines409() {
    api.port.operation = ApiResult.problem(409, "wrongState", "the operation is completed");

    assertThat(api.post("/api/v1/operations/op-1/reject", "").status()).isEqualTo(409);
  }

  @Test
  void accountLookUpDecodesThePathSegment() {
    RouterHarness.Answer byPhone = api.get("/api/v1/accounts/%2B255712000001");
    RouterHarness.Answer byToken = api.get("/api/v1/accounts/481233075");
    RouterHarness.Answer byPlus = api.get("/api/v1/accounts/+255712000002");

    assertThat(byPhone.status()).isEqualTo(200);
    assertThat(byPhone.body()).isEqualTo("{\"displayName\":\"J*** D***\",\"hasToken\":true}");
    assertThat(byToken.status()).isEqualTo(200);
    assertThat(byPlus.status()).isEqualTo(200);
    assertThat(api.port.calls).extracting(c -> c.args().get(0))
        .containsExactly("+255712000001", "481233075", "+255712000002");
  }

  @Test
  void accountLookUpRefusesAnOverlongOrBrokenSegment() {
    assertThat(api.get("/api/v1/accounts/" + "1".repeat(33)).body()).endsWith("\"field\":\"phoneOrToken\"}");
    assertThat(api.get("/api/v1/accounts/%2").status()).isEqualTo(400);
    assertThat(api.port.calls).isEmpty();
  }

  @Test
  void notificationsAreWrapped() {
    RouterHarness.Answer answer = api.get("/api/v1/notifications");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"notifications\":[{\"id\":\"n-1\",\"at\":\"2026-01-01T00:01:00Z\","
        + "\"operationId\":\"op-1\",\"text\":\"J*** D*** accepted 100.00 TZS\"}]}");
    assertThat(api.port.onlyCall("notifications")).isEmpty();
  }

  @Test
  void unknownPathUnderTheApiIs404() {
    for (String path : List.of("/api", "/api/", "/api/v1", "/api/v2/operations", "/api/v1/operations/",
        "/api/v1/operations/op-1", "/api/v1/operations/op-1/approve", "/api/v1/accounts/", "/api/v1/accounts/a/b")) {
      RouterHarness.Answer answer = api.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).isEqualTo("{\"errorCode\":\"notFound\",\"message\":\"not found\"}");
    }
    assertThat(api.count("api.rejected", "endpoint", "none", "reason", "not_found")).isEqualTo(9);
  }

  @Test
  void wrongMethodIs405WithAllow() {
    RouterHarness.Answer onOperations = api.send("DELETE", "/api/v1/operations", null, "");
    RouterHarness.Answer onAccept = api.get("/api/v1/operations/op-1/accept");

    assertThat(onOperations.status()).isEqualTo(405);
    assertThat(onOperations.response().headers()).containsEntry("Allow", "POST, GET");
    assertThat(onAccept.response().headers()).containsEntry("Allow", "POST");
    assertThat(onAccept.body()).contains("\"errorCode\":\"methodNotAllowed\"");
    assertThat(api.port.calls).isEmpty();
  }

  @Test
  void withoutAPartnerApiEveryApiPathIs404() {
    ApiRouter router = new ApiRouter(ApiDeps.none(), RouterHarness.PHONES, api.registry);

    RouterHarness.Answer answer = RouterHarness.answer(router.handle(
        new ApiRequest("GET", "/api/v1/notifications", "", "Bearer " + FakePartnerApi.KEY, new byte[0])));

    assertThat(answer.status()).isEqualTo(404);
  }
}
