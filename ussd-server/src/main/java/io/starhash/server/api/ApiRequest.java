package io.starhash.server.api;

import java.util.Objects;

/**
 * One aggregated HTTP request for the API endpoints, free of any server framework.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param rawPath the path, still percent-encoded, e.g. {@code /api/v1/accounts/%2B255712000001}
 * @param rawQuery the query string without {@code ?}, still encoded; empty when there is none
 * @param authorization the {@code Authorization} header, or null
 * @param body the request body (empty for none); not copied, so not to be changed afterwards
 */
public record ApiRequest(String method, String rawPath, String rawQuery, String authorization, byte[] body) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(rawQuery, "rawQuery");
    Objects.requireNonNull(body, "body");
  }
}
