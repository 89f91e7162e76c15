package io.starhash.server.api;

import java.util.Objects;

/**
 * An {@link ApiResponse} and, for a refusal, what to count and log about it.
 *
 * @param reason the low-cardinality {@code reason} tag of a 4xx, else null
 * @param message what the caller was told, for the log line; null on success
 * @param subject the phone number or token the request was about, masked before logging; or null
 */
record Reply(ApiResponse response, String reason, String message, String subject) {

  Reply {
    Objects.requireNonNull(response, "response");
  }

  static Reply of(ApiResponse response) {
    return new Reply(response, null, null, null);
  }

  int status() {
    return response.status();
  }
}
