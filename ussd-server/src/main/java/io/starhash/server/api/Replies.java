package io.starhash.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starhash.core.api.ApiResult;
import java.util.Map;
import java.util.function.Function;

/** Builds the API's replies: JSON values, and errors as {@code {errorCode, message, field?}}. */
final class Replies {

  static final String JSON = "application/json";
  private static final byte[] NONE = new byte[0];

  private Replies() {}

  static Reply json(int status, JsonNode body) {
    return Reply.of(new ApiResponse(status, JSON, Map.of(), ApiJson.write(body)));
  }

  static Reply noContent() {
    return Reply.of(new ApiResponse(204, null, Map.of(), NONE));
  }

  /** The engine's answer: the rendered value with its status, or its problem. */
  static <T> Reply of(ApiResult<T> result, Function<T, JsonNode> render, String subject) {
    if (result instanceof ApiResult.Ok<T> ok) {
      return json(ok.status(), render.apply(ok.value()));
    }
    ApiResult.Problem<T> problem = (ApiResult.Problem<T>) result;
    return problem(problem, "port_" + problem.status(), subject, Map.of());
  }

  /** Something refused before reaching the engine. */
  static Reply refused(Refused refused) {
    return problem(refused.problem(), refused.problem().code(), null, Map.of());
  }

  static Reply unauthorized() {
    return problem(new ApiResult.Problem<>(401, "unauthorized", "missing or wrong bearer key", null),
        "unauthorized", null, Map.of());
  }

  static Reply notFound() {
    return problem(new ApiResult.Problem<>(404, "notFound", "not found", null), "not_found", null, Map.of());
  }

  static Reply methodNotAllowed(String used, String allow) {
    String message = "method " + used + " not allowed; use " + allow;
    return problem(new ApiResult.Problem<>(405, "methodNotAllowed", message, null), "method_not_allowed", null,
        Map.of("Allow", allow));
  }

  static Reply tooLarge(int maxBodyBytes) {
    String message = "body larger than " + maxBodyBytes + " bytes";
    return problem(new ApiResult.Problem<>(413, "bodyTooLarge", message, null), "body_too_large", null, Map.of());
  }

  static Reply internal() {
    ApiResult.Problem<?> problem = new ApiResult.Problem<>(500, "internal", "internal error", null);
    return Reply.of(error(problem, Map.of()));
  }

  private static Reply problem(
      ApiResult.Problem<?> problem, String reason, String subject, Map<String, String> headers) {
    Map<String, String> all = problem.status() == 401 ? Map.of("WWW-Authenticate", "Bearer") : headers;
    return new Reply(error(problem, all), problem.status() < 500 ? reason : null, problem.message(), subject);
  }

  private static ApiResponse error(ApiResult.Problem<?> problem, Map<String, String> headers) {
    ObjectNode body = ApiJson.object();
    body.put("errorCode", problem.code());
    body.put("message", problem.message());
    if (problem.field() != null) {
      body.put("field", problem.field());
    }
    return new ApiResponse(problem.status(), JSON, headers, ApiJson.write(body));
  }
}
