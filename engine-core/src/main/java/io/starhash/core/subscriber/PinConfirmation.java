package io.starhash.core.subscriber;

/** The answer to {@link SubscriberService#confirmNewPin}. */
public sealed interface PinConfirmation {

  /** The staged PIN is now the PIN. */
  record Changed() implements PinConfirmation {}

  /** The confirmation differs from the staged PIN, which stays staged for another try. */
  record Mismatch() implements PinConfirmation {}

  /** Nothing staged: never staged, confirmed already, or staged too long ago. */
  record Expired() implements PinConfirmation {}
}
