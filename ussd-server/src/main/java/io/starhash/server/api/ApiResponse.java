package io.starhash.server.api;

import java.util.Map;
import java.util.Objects;

/**
 * A complete answer to an {@link ApiRequest}.
 *
 * @param status the HTTP status; a 204 has an empty body and no content type
 * @param contentType the media type of {@code body}, or null for a 204
 * @param headers further headers, e.g. {@code WWW-Authenticate} or {@code Allow}
 * @param body the bytes to send
 */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

  public ApiResponse {
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    if (status != 204) {
      Objects.requireNonNull(contentType, "contentType");
    }
  }
}
