package io.starhash.core.subscriber;

import java.time.Instant;

/** The answer to {@link SubscriberService#stageNewPin}: the first half of a PIN change. */
public sealed interface PinStage {

  /** The new PIN, hashed, is kept until {@code expiresAt}; {@link SubscriberService#confirmNewPin} finishes. */
  record Staged(Instant expiresAt) implements PinStage {}

  /** The new PIN is malformed or trivial. */
  record WeakPin() implements PinStage {}

  /** The subscriber has not typed the current PIN right recently (or is blocked). */
  record NotVerified() implements PinStage {}

  record NoSuchSubscriber() implements PinStage {}
}
