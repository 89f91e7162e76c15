package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.SubscriberActions.PIN_FAILED;
import static io.starhash.core.subscriber.SubscriberActions.PIN_LOCKED;
import static io.starhash.core.subscriber.SubscriberActions.PIN_UNLOCKED;
import static io.starhash.core.subscriber.SubscriberActions.SELF;

import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks PINs: a blocked or locked subscriber's PIN is not verified at all; otherwise the PIN is
 * verified off the I/O threads and the attempt recorded by compare-and-set, so that concurrent
 * wrong PINs all count. Audits failures, locks and lifted locks. Thread-safe.
 */
final class PinChecker {

  private static final Logger log = LoggerFactory.getLogger(PinChecker.class);

  private final ServiceParts parts;
  private final SubscriberUpdates updates;
  private final PinRules rules;
  private final PinAttempts attempts;

  PinChecker(ServiceParts parts) {
    this.parts = parts;
    this.updates = parts.updates();
    this.rules = parts.rules();
    this.attempts = new PinAttempts(parts.settings().maxAttempts(), parts.settings().lockDuration());
  }

  CompletionStage<PinCheck> check(Msisdn msisdn, String pin) {
    return parts.store().find(msisdn).thenCompose(found -> {
      if (found.isEmpty()) {
        return done(new PinCheck.NoSuchSubscriber());
      }
      Subscriber s = found.get();
      Instant now = parts.clock().instant();
      if (s.status() == SubscriberStatus.BLOCKED) {
        return done(new PinCheck.Blocked());
      }
      if (s.pinState().lockedAt(now)) {
        return done(PinAttempts.locked(s.pinState().lockedUntil(), now));
      }
      CompletionStage<Boolean> right = rules.wellFormed(pin)
          ? parts.pins().verify(pin, s.pinHash())
          : CompletableFuture.completedFuture(false);
      return right.thenCompose(r -> record(msisdn, r));
    }).thenApply(check -> {
      parts.metrics().pinChecked(check);
      return check;
    });
  }

  private CompletionStage<PinCheck> record(Msisdn msisdn, boolean right) {
    Instant now = parts.clock().instant();
    return updates.apply(msisdn, s -> attempts.apply(s, right, now)).thenCompose(result -> {
      if (result.isEmpty()) {
        return done(new PinCheck.NoSuchSubscriber());
      }
      return audit(msisdn, result.get(), now).thenApply(v -> result.get().check());
    });
  }

  private CompletionStage<Void> audit(Msisdn msisdn, PinAttempts.Result result, Instant now) {
    SubscriberAudit audit = parts.audit();
    CompletionStage<Void> out = CompletableFuture.completedFuture(null);
    if (result.lockLifted()) {
      out = out.thenCompose(v -> audit.write(now, SELF, PIN_UNLOCKED, msisdn, Map.of("reason", "expired")));
    }
    PinCheck check = result.check();
    if (check instanceof PinCheck.Wrong w) {
      out = out.thenCompose(v -> audit.write(now, SELF, PIN_FAILED, msisdn,
          Map.of("attemptsLeft", Integer.toString(w.attemptsLeft()))));
    } else if (result.lockedNow() && check instanceof PinCheck.Locked l) {
      log.info("subscriber {} locked until {} after {} wrong PINs", msisdn.masked(), l.lockedUntil(),
          parts.settings().maxAttempts());
      out = out.thenCompose(v -> audit.write(now, SELF, PIN_FAILED, msisdn, Map.of("attemptsLeft", "0")))
          .thenCompose(v -> audit.write(now, SELF, PIN_LOCKED, msisdn, Map.of(
              "until", l.lockedUntil().toString(),
              "attempts", Integer.toString(parts.settings().maxAttempts()))));
    }
    return out;
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
