package io.starhash.core.subscriber;

/** The answer to {@link SubscriberService#confirmSignUp}. */
public sealed interface SignUpConfirmation {

  record Registered(Subscriber subscriber) implements SignUpConfirmation {}

  /** The confirmation differs from the staged PIN, which stays staged for another try. */
  record Mismatch() implements SignUpConfirmation {}

  /** Nothing staged: never staged, confirmed already, or staged too long ago. */
  record Expired() implements SignUpConfirmation {}

  /** The number was registered some other way meanwhile; the staged sign-up is dropped. */
  record AlreadyRegistered() implements SignUpConfirmation {}
}
