package io.starhash.core.mmo;

import java.util.Objects;

/**
 * A query to the MMO (balance, account name, statement) that got no usable answer: the MMO's
 * error object, or a {@code serviceUnavailable} error when it could not be reached.
 */
public final class MmoException extends RuntimeException {

  private final MmoError error;

  public MmoException(MmoError error) {
    super(error.category() + "/" + error.code());
    this.error = Objects.requireNonNull(error, "error");
  }

  public MmoError error() {
    return error;
  }
}
