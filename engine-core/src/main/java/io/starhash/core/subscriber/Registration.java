package io.starhash.core.subscriber;

/** The answer to {@link SubscriberService#register}. */
public sealed interface Registration {

  record Registered(Subscriber subscriber) implements Registration {}

  /** The number is already registered; nothing changed. */
  record AlreadyRegistered() implements Registration {}

  /** The PIN is malformed or trivial ({@code 0000}, {@code 1234}, ...). */
  record WeakPin() implements Registration {}

  /** The name is not 2 to 40 letters, spaces, hyphens and apostrophes. */
  record InvalidName() implements Registration {}
}
