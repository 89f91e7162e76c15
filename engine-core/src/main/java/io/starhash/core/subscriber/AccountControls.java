package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.SubscriberActions.PIN_CHANGED;
import static io.starhash.core.subscriber.SubscriberActions.PIN_UNLOCKED;

import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PIN changes in one step, operator PIN resets, blocks and unblocks; each audited. Thread-safe. */
final class AccountControls {

  private static final Logger log = LoggerFactory.getLogger(AccountControls.class);

  /** What an unblock did. */
  private record Unblock(boolean wasBlocked, boolean wasLocked) {}

  private final ServiceParts parts;
  private final SubscriberUpdates updates;
  private final PinRules rules;
  private final PinChecker checker;

  AccountControls(ServiceParts parts, PinChecker checker) {
    this.parts = parts;
    this.updates = parts.updates();
    this.rules = parts.rules();
    this.checker = checker;
  }

  CompletionStage<PinChange> changePin(Msisdn msisdn, String oldPin, String newPin) {
    if (!rules.acceptable(newPin)) {
      return done(new PinChange.WeakPin());
    }
    return checker.check(msisdn, oldPin).thenCompose(check -> check instanceof PinCheck.Ok
        ? setPin(msisdn, newPin, SubscriberActions.SELF, "change")
        : done(new PinChange.Refused(check)));
  }

  CompletionStage<PinChange> resetPin(Msisdn msisdn, String newPin, String operator) {
    if (!rules.acceptable(newPin)) {
      return done(new PinChange.WeakPin());
    }
    return setPin(msisdn, newPin, operator, "reset");
  }

  private CompletionStage<PinChange> setPin(Msisdn msisdn, String newPin, String actor, String via) {
    return parts.pins().hash(newPin).thenCompose(hash -> {
      Instant now = parts.clock().instant();
      return updates.apply(msisdn, s -> new SubscriberUpdates.Change<>(s.withPin(hash),
          s.pinState().lockedAt(now)));
    }).thenCompose(wasLocked -> {
      if (wasLocked.isEmpty()) {
        return done(new PinChange.Refused(new PinCheck.NoSuchSubscriber()));
      }
      Instant now = parts.clock().instant();
      CompletionStage<Void> audited = parts.audit().write(now, actor, PIN_CHANGED, msisdn,
          Map.of("via", via));
      if (wasLocked.get()) {
        audited = audited.thenCompose(v -> parts.audit().write(now, actor, PIN_UNLOCKED, msisdn,
            Map.of("reason", "operator")));
      }
      return audited.thenApply(v -> new PinChange.Changed());
    });
  }

  CompletionStage<Boolean> block(Msisdn msisdn, String operator) {
    return updates.apply(msisdn, s -> s.status() == SubscriberStatus.BLOCKED
        ? SubscriberUpdates.Change.none(false)
        : new SubscriberUpdates.Change<>(s.withStatus(SubscriberStatus.BLOCKED), true))
        .thenCompose(changed -> {
          if (changed.isEmpty() || !changed.get()) {
            return done(changed.isPresent());
          }
          log.info("subscriber {} blocked by {}", msisdn.masked(), operator);
          return parts.audit().write(parts.clock().instant(), operator, SubscriberActions.BLOCKED,
              msisdn).thenApply(v -> true);
        });
  }

  /** Makes the subscriber active again and lifts any PIN lock. */
  CompletionStage<Boolean> unblock(Msisdn msisdn, String operator) {
    Instant now = parts.clock().instant();
    return updates.apply(msisdn, s -> new SubscriberUpdates.Change<>(
        s.withStatus(SubscriberStatus.ACTIVE)
            .withPinState(new PinState(0, null, s.pinState().verifiedAt())),
        new Unblock(s.status() == SubscriberStatus.BLOCKED, s.pinState().lockedAt(now))))
        .thenCompose(result -> {
          if (result.isEmpty()) {
            return done(false);
          }
          CompletionStage<Void> audited = CompletableFuture.completedFuture(null);
          if (result.get().wasBlocked()) {
            log.info("subscriber {} unblocked by {}", msisdn.masked(), operator);
            audited = audited.thenCompose(v -> parts.audit().write(now, operator,
                SubscriberActions.UNBLOCKED, msisdn));
          }
          if (result.get().wasLocked()) {
            audited = audited.thenCompose(v -> parts.audit().write(now, operator, PIN_UNLOCKED,
                msisdn, Map.of("reason", "operator")));
          }
          return audited.thenApply(v -> true);
        });
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
