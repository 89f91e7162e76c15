package io.starhash.core.subscriber;

/** The answer to {@link SubscriberService#changePin} and {@link SubscriberService#resetPin}. */
public sealed interface PinChange {

  record Changed() implements PinChange {}

  /** The new PIN is malformed or trivial; nothing changed. */
  record WeakPin() implements PinChange {}

  /** The current PIN did not pass ({@code check} says why), or there is no such subscriber. */
  record Refused(PinCheck check) implements PinChange {}
}
