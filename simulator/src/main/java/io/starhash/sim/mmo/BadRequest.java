package io.starhash.sim.mmo;

import io.starhash.core.mmo.MmoError;

/** A request refused before anything was created; answered with {@link #status()} and the MMAPI error. */
final class BadRequest extends RuntimeException {

  private final transient MmoError error;
  private final int status;

  BadRequest(int status, MmoError error) {
    super(error.category() + "/" + error.code() + ": " + error.description(), null, false, false);
    this.error = error;
    this.status = status;
  }

  BadRequest(MmoError error) {
    this(MmapiErrors.httpStatus(error), error);
  }

  static BadRequest validation(String code, String description) {
    return new BadRequest(MmapiErrors.validation(code, description));
  }

  MmoError error() {
    return error;
  }

  int status() {
    return status;
  }
}
