package io.starhash.core.subscriber;

import java.time.Instant;

/** The answer to {@link SubscriberService#stageSignUp}: the first half of a sign-up. */
public sealed interface SignUpStage {

  /** Name and hashed PIN kept until {@code expiresAt}; {@link SubscriberService#confirmSignUp} finishes. */
  record Staged(Instant expiresAt) implements SignUpStage {}

  record AlreadyRegistered() implements SignUpStage {}

  /** The PIN is malformed or trivial. */
  record WeakPin() implements SignUpStage {}

  /** The name is not 2 to 40 letters, spaces, hyphens and apostrophes. */
  record InvalidName() implements SignUpStage {}
}
