package io.starhash.core.subscriber;

import java.time.Duration;
import java.time.Instant;

/**
 * The lock rules: what one PIN attempt, already verified right or wrong, does to a subscriber's
 * {@link PinState}. Pure; immutable.
 *
 * <ul>
 *   <li>a lock in force: nothing changes, the answer is {@link PinCheck.Locked};
 *   <li>a lock that is over is lifted first, and counting starts again from zero;
 *   <li>right: failures back to zero, the time of the right PIN kept;
 *   <li>wrong: one more failure; the {@code maxAttempts}-th locks for {@code lockDuration}
 *       and the count starts again from zero.
 * </ul>
 */
final class PinAttempts {

  /** The answer, and what this attempt did that is worth an audit line. */
  record Result(PinCheck check, boolean lockedNow, boolean lockLifted) {}

  private final int maxAttempts;
  private final Duration lockDuration;

  PinAttempts(int maxAttempts, Duration lockDuration) {
    this.maxAttempts = maxAttempts;
    this.lockDuration = lockDuration;
  }

  SubscriberUpdates.Change<Result> apply(Subscriber s, boolean right, Instant now) {
    PinState state = s.pinState();
    if (state.lockedAt(now)) {
      return SubscriberUpdates.Change.none(new Result(locked(state.lockedUntil(), now), false, false));
    }
    boolean lifted = state.lockedUntil() != null;
    if (right) {
      PinState ok = new PinState(0, null, now);
      return new SubscriberUpdates.Change<>(s.withPinState(ok), new Result(new PinCheck.Ok(), false, lifted));
    }
    int failures = (lifted ? 0 : state.failures()) + 1;
    if (failures >= maxAttempts) {
      Instant until = now.plus(lockDuration);
      PinState lockedState = new PinState(0, until, state.verifiedAt());
      return new SubscriberUpdates.Change<>(s.withPinState(lockedState),
          new Result(locked(lockedState.lockedUntil(), now), true, lifted));
    }
    PinState wrong = new PinState(failures, null, state.verifiedAt());
    return new SubscriberUpdates.Change<>(s.withPinState(wrong),
        new Result(new PinCheck.Wrong(maxAttempts - failures), false, lifted));
  }

  /** A lock answer with the minutes left rounded up, at least one. */
  static PinCheck.Locked locked(Instant until, Instant now) {
    long seconds = Math.max(0, Duration.between(now, until).toSeconds());
    return new PinCheck.Locked(until, Math.max(1, (seconds + 59) / 60));
  }
}
