package io.starhash.core.subscriber;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.StagedChange.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * PIN changes and sign-ups split over two USSD hops: the first stages the new PIN (hashed, in the
 * store, so any server instance can finish), the second confirms it. A staged PIN lives for
 * {@link SubscriberSettings#stagedTtl()} by the service's clock; a mismatch keeps it for another
 * try; a match takes it, so it completes once. Thread-safe.
 */
final class StagedPins {

  private enum Status { MATCH, MISMATCH, EXPIRED }

  private record Match(Status status, StagedChange change) {}

  private final ServiceParts parts;
  private final Registrar registrar;
  private final PinRules rules;
  private final Duration ttl;

  StagedPins(ServiceParts parts, Registrar registrar) {
    this.parts = parts;
    this.registrar = registrar;
    this.rules = parts.rules();
    this.ttl = parts.settings().stagedTtl();
  }

  CompletionStage<PinStage> stageNewPin(Msisdn msisdn, String newPin) {
    if (!rules.acceptable(newPin)) {
      return done(new PinStage.WeakPin());
    }
    return parts.store().find(msisdn).thenCompose(found -> {
      if (found.isEmpty()) {
        return done(new PinStage.NoSuchSubscriber());
      }
      Subscriber s = found.get();
      Instant now = parts.clock().instant();
      Instant verified = s.pinState().verifiedAt();
      if (s.status() == SubscriberStatus.BLOCKED || verified == null
          || now.isAfter(verified.plus(ttl))) {
        return done(new PinStage.NotVerified());
      }
      return parts.pins().hash(newPin)
          .thenCompose(hash -> stage(StagedChange.pinChange(msisdn, hash, now)))
          .thenApply(PinStage.Staged::new);
    });
  }

  CompletionStage<PinConfirmation> confirmNewPin(Msisdn msisdn, String confirmPin) {
    return take(msisdn, Kind.PIN_CHANGE, confirmPin).thenCompose(m -> {
      if (m.status() != Status.MATCH) {
        return done(m.status() == Status.MISMATCH
            ? new PinConfirmation.Mismatch() : new PinConfirmation.Expired());
      }
      return parts.updates().apply(msisdn,
              s -> new SubscriberUpdates.Change<>(s.withPin(m.change().pinHash()), Boolean.TRUE))
          .thenCompose(changed -> changed.isEmpty()
              ? done(new PinConfirmation.Expired())
              : parts.audit().write(parts.clock().instant(), SubscriberActions.SELF,
                  SubscriberActions.PIN_CHANGED, msisdn, Map.of("via", "confirm"))
                  .thenApply(v -> new PinConfirmation.Changed()));
    });
  }

  CompletionStage<SignUpStage> stageSignUp(Msisdn msisdn, String fullName, String pin) {
    Optional<String> name = SubscriberNames.normalise(fullName);
    if (name.isEmpty()) {
      return done(new SignUpStage.InvalidName());
    }
    if (!rules.acceptable(pin)) {
      return done(new SignUpStage.WeakPin());
    }
    return parts.store().find(msisdn).thenCompose(found -> {
      if (found.isPresent()) {
        return done(new SignUpStage.AlreadyRegistered());
      }
      Instant now = parts.clock().instant();
      return parts.pins().hash(pin)
          .thenCompose(hash -> stage(StagedChange.signUp(msisdn, name.get(), hash, now)))
          .thenApply(SignUpStage.Staged::new);
    });
  }

  CompletionStage<SignUpConfirmation> confirmSignUp(Msisdn msisdn, String confirmPin) {
    return take(msisdn, Kind.SIGN_UP, confirmPin).thenCompose(m -> {
      if (m.status() != Status.MATCH) {
        return done(m.status() == Status.MISMATCH
            ? new SignUpConfirmation.Mismatch() : new SignUpConfirmation.Expired());
      }
      StagedChange c = m.change();
      return registrar.open(msisdn, c.fullName(), c.pinHash(), "sign-up")
          .thenApply(opened -> opened.<SignUpConfirmation>map(SignUpConfirmation.Registered::new)
              .orElseGet(SignUpConfirmation.AlreadyRegistered::new));
    });
  }

  /** Stages {@code change}; completes with when it expires. */
  private CompletionStage<Instant> stage(StagedChange change) {
    return parts.store().stage(change, ttl).thenApply(v -> change.stagedAt().plus(ttl));
  }

  /**
   * Compares {@code pin} with the change of {@code kind} staged for {@code msisdn}: EXPIRED if
   * there is none or it is too old (then dropped); MISMATCH keeps it; MATCH takes it out of the
   * store (EXPIRED if a concurrent confirmation took it first).
   */
  private CompletionStage<Match> take(Msisdn msisdn, Kind kind, String pin) {
    return parts.store().findStaged(msisdn).thenCompose(found -> {
      if (found.isEmpty() || found.get().kind() != kind) {
        return done(new Match(Status.EXPIRED, null));
      }
      StagedChange c = found.get();
      if (parts.clock().instant().isAfter(c.stagedAt().plus(ttl))) {
        return parts.store().removeStaged(c).thenApply(v -> new Match(Status.EXPIRED, null));
      }
      CompletionStage<Boolean> same = rules.wellFormed(pin)
          ? parts.pins().verify(pin, c.pinHash())
          : CompletableFuture.completedFuture(false);
      return same.thenCompose(ok -> !ok
          ? done(new Match(Status.MISMATCH, c))
          : parts.store().removeStaged(c)
              .thenApply(took -> new Match(took ? Status.MATCH : Status.EXPIRED, c)));
    });
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
