package io.starhash.core.subscriber;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.audit.AuditLog;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Subscribers and their PINs: registration (at once, or staged over two USSD hops), PIN checks
 * with lockout, PIN changes, and operator blocks. Every PIN failure, lock, lifted lock,
 * registration, PIN change, block and unblock goes to the {@link AuditLog} (actions in
 * {@link SubscriberActions}); meters: {@code pin.checks} by outcome, {@code subscribers.registered}.
 *
 * <p>PINs are hashed with PBKDF2 ({@link PinHasher}) on the builder's executor, never logged,
 * never stored or returned in clear; a PIN confirmed in a later hop waits in the store as a hash.
 *
 * <p>Thread-safe. Stages complete exceptionally with {@link SubscriberStoreException} when the
 * store fails; business outcomes are the sealed answers, never exceptions. PIN and name
 * arguments may be null (they are then wrong, weak or invalid); numbers may not.
 */
public final class SubscriberService {

  private final SubscriberStore store;
  private final PinChecker checker;
  private final Registrar registrar;
  private final StagedPins staged;
  private final AccountControls controls;

  private SubscriberService(ServiceParts parts) {
    this.store = parts.store();
    this.checker = new PinChecker(parts);
    this.registrar = new Registrar(parts);
    this.staged = new StagedPins(parts, registrar);
    this.controls = new AccountControls(parts, checker);
  }

  public static Builder builder(SubscriberStore store, AuditLog auditLog) {
    return new Builder(store, auditLog);
  }

  /** Registers {@code msisdn} at once, as {@link KycTier#TIER_0}; the name is normalised first. */
  public CompletionStage<Registration> register(Msisdn msisdn, String fullName, String pin) {
    return registrar.register(Objects.requireNonNull(msisdn, "msisdn"), fullName, pin);
  }

  public CompletionStage<Optional<Subscriber>> find(Msisdn msisdn) {
    return store.find(Objects.requireNonNull(msisdn, "msisdn"));
  }

  /**
   * Checks a PIN. A locked or blocked subscriber's PIN is not verified at all. The
   * {@code pin.max-attempts}-th wrong PIN in a row answers {@link PinCheck.Locked}.
   */
  public CompletionStage<PinCheck> checkPin(Msisdn msisdn, String pin) {
    return checker.check(Objects.requireNonNull(msisdn, "msisdn"), pin);
  }

  /** Changes the PIN in one step; {@code oldPin} is checked (and counted) like any PIN. */
  public CompletionStage<PinChange> changePin(Msisdn msisdn, String oldPin, String newPin) {
    return controls.changePin(Objects.requireNonNull(msisdn, "msisdn"), oldPin, newPin);
  }

  /** An operator sets a new PIN without the old one; this also lifts a PIN lock. */
  public CompletionStage<PinChange> resetPin(Msisdn msisdn, String newPin, String operator) {
    return controls.resetPin(Objects.requireNonNull(msisdn, "msisdn"), newPin, actor(operator));
  }

  /**
   * First hop of a PIN change: keeps the new PIN, hashed, for the confirmation. Only within
   * {@code stagedTtl} of a right PIN ({@link #checkPin}), so the flow must check the current PIN
   * first.
   */
  public CompletionStage<PinStage> stageNewPin(Msisdn msisdn, String newPin) {
    return staged.stageNewPin(Objects.requireNonNull(msisdn, "msisdn"), newPin);
  }

  /** Second hop of a PIN change: on a match the staged PIN becomes the PIN. */
  public CompletionStage<PinConfirmation> confirmNewPin(Msisdn msisdn, String confirmPin) {
    return staged.confirmNewPin(Objects.requireNonNull(msisdn, "msisdn"), confirmPin);
  }

  /** First hop of a sign-up: checks name and PIN and keeps them (the PIN hashed) for the confirmation. */
  public CompletionStage<SignUpStage> stageSignUp(Msisdn msisdn, String fullName, String pin) {
    return staged.stageSignUp(Objects.requireNonNull(msisdn, "msisdn"), fullName, pin);
  }

  /** Second hop of a sign-up: on a match the subscriber is registered. */
  public CompletionStage<SignUpConfirmation> confirmSignUp(Msisdn msisdn, String confirmPin) {
    return staged.confirmSignUp(Objects.requireNonNull(msisdn, "msisdn"), confirmPin);
  }

  /** An operator blocks the subscriber: PIN checks answer {@link PinCheck.Blocked}; false if no such subscriber. */
  public CompletionStage<Boolean> block(Msisdn msisdn, String operator) {
    return controls.block(Objects.requireNonNull(msisdn, "msisdn"), actor(operator));
  }

  /** An operator makes the subscriber active again and lifts any PIN lock; false if no such subscriber. */
  public CompletionStage<Boolean> unblock(Msisdn msisdn, String operator) {
    return controls.unblock(Objects.requireNonNull(msisdn, "msisdn"), actor(operator));
  }

  private static String actor(String operator) {
    if (operator == null || operator.isBlank()) {
      throw new IllegalArgumentException("an operator action needs the operator's id");
    }
    return operator;
  }

  /** Builds a {@link SubscriberService}; every setting has a default. Not thread-safe. */
  public static final class Builder {

    private final SubscriberStore store;
    private final AuditLog auditLog;
    private SubscriberSettings settings = SubscriberSettings.defaults();
    private PinHasher hasher = new PinHasher();
    private Clock clock = Clock.systemUTC();
    private MeterRegistry meters = new SimpleMeterRegistry();
    private Executor executor = ForkJoinPool.commonPool();

    private Builder(SubscriberStore store, AuditLog auditLog) {
      this.store = Objects.requireNonNull(store, "store");
      this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** Default {@link SubscriberSettings#defaults()}. */
    public Builder settings(SubscriberSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /** Default {@link PinHasher#DEFAULT_ITERATIONS}; tests may pass a cheaper one. */
    public Builder hasher(PinHasher value) {
      this.hasher = Objects.requireNonNull(value, "hasher");
      return this;
    }

    /** Default UTC system clock; locks and staged PINs expire by this clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Default a private {@link SimpleMeterRegistry}. */
    public Builder meters(MeterRegistry value) {
      this.meters = Objects.requireNonNull(value, "meters");
      return this;
    }

    /** Where PINs are hashed and verified; default the common fork-join pool. */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
      return this;
    }

    public SubscriberService build() {
      return new SubscriberService(new ServiceParts(store, settings, new PinWork(hasher, executor),
          new SubscriberAudit(auditLog, meters), new SubscriberMetrics(meters), clock));
    }
  }
}
