package io.starhash.server.api;

import io.starhash.core.api.ApiResult;
import java.util.Objects;

/**
 * A request the API refuses before calling the engine, carrying the problem to answer with. No
 * stack trace: an expected outcome, not a bug.
 */
final class Refused extends Exception {

  private final transient ApiResult.Problem<?> problem;

  Refused(ApiResult.Problem<?> problem) {
    super(problem.message(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** A 400 naming the offending field. */
  static Refused badField(String field, String message) {
    return new Refused(new ApiResult.Problem<>(400, "validation", message, field));
  }

  ApiResult.Problem<?> problem() {
    return problem;
  }
}
