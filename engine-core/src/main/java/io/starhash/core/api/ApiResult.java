package io.starhash.core.api;

import java.util.Objects;

/** The answer of a {@link PartnerApi} call: a value, or a problem with its HTTP status. */
public sealed interface ApiResult<T> {

  /** Success; {@code status} is 200 or 201. */
  record Ok<T>(T value, int status) implements ApiResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A refusal the caller can act on.
   *
   * @param status 400 (bad body; {@code field} names the field), 401, 403, 404 (unknown or
   *     another party's operation), 409 (not in a state that allows it), 422 (refused by a
   *     business rule; {@code code} is the MMAPI error code such as
   *     {@code greaterThanTransactionMaxValue}), 503 (the MMO is unavailable)
   * @param field the offending field of the request body, or null
   */
  record Problem<T>(int status, String code, String message, String field) implements ApiResult<T> {
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  static <T> ApiResult<T> ok(T value) {
    return new Ok<>(value, 200);
  }

  static <T> ApiResult<T> created(T value) {
    return new Ok<>(value, 201);
  }

  static <T> ApiResult<T> problem(int status, String code, String message) {
    return new Problem<>(status, code, message, null);
  }

  static <T> ApiResult<T> badField(String field, String message) {
    return new Problem<>(400, "validation", message, field);
  }
}
