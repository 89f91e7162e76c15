package io.starhash.server.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.phone.PhoneNumbers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ApiRouter} over a {@link FakePartnerApi}, run on the calling thread, with shortcuts
 * for requests and meters. No sockets: the HTTP wire is {@code ApiServerTest}'s.
 */
final class RouterHarness {

  static final PhoneNumbers PHONES = new PhoneNumbers("TZ");

  final FakePartnerApi port = new FakePartnerApi();
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final ApiRouter router = new ApiRouter(
      new ApiDeps(Optional.of(port), Optional.empty(), Optional.empty(), Runnable::run), PHONES, registry);

  /** An answer with its body as text. */
  record Answer(ApiResponse response, String body) {
    int status() {
      return response.status();
    }
  }

  Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery, "Bearer " + FakePartnerApi.KEY, "");
  }

  Answer post(String pathAndQuery, String body) {
    return send("POST", pathAndQuery, "Bearer " + FakePartnerApi.KEY, body);
  }

  Answer send(String method, String pathAndQuery, String authorization, String body) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    ApiRequest request = new ApiRequest(method, path, query, authorization, body.getBytes(StandardCharsets.UTF_8));
    return answer(router.handle(request));
  }

  static Answer answer(CompletionStage<ApiResponse> stage) {
    try {
      ApiResponse response = stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
      return new Answer(response, new String(response.body(), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("the router's stage did not complete normally", e);
    }
  }

  /** The count of a counter, 0 when it was never incremented. */
  double count(String name, String... tags) {
    Counter counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }
}
