package io.starhash.core.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.audit.AuditEvent;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A subscriber service on one backend with a hand-moved clock, cheap hashing and its own meters. */
final class ServiceFixture {

  static final Msisdn ALICE = new Msisdn("+255712000001");
  static final Msisdn BOB = new Msisdn("+255712000002");
  static final String PIN = "7291";
  static final String OTHER_PIN = "8364";
  static final String NEW_PIN = "5820";

  final MutableClock clock = MutableClock.start();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final CountingExecutor hashing = new CountingExecutor();
  final Backend backend;
  final SubscriberService service;

  ServiceFixture(Backend backend) {
    this(backend, SubscriberSettings.defaults());
  }

  ServiceFixture(Backend backend, SubscriberSettings settings) {
    this.backend = backend;
    this.service = SubscriberService.builder(backend.store(), backend.auditLog())
        .settings(settings)
        .hasher(new PinHasher(1))
        .clock(clock)
        .meters(meters)
        .executor(hashing)
        .build();
  }

  /** Settings with {@code maxAttempts} wrong PINs to a lock, the rest default. */
  static SubscriberSettings attempts(int maxAttempts) {
    SubscriberSettings d = SubscriberSettings.defaults();
    return new SubscriberSettings(d.pinLength(), maxAttempts, d.lockDuration(), d.stagedTtl(),
        d.dailyLimits());
  }

  static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Registers {@code msisdn} as Juma Hassani with {@link #PIN}. */
  Subscriber register(Msisdn msisdn) {
    Registration r = join(service.register(msisdn, "Juma Hassani", PIN));
    assertThat(r).isInstanceOf(Registration.Registered.class);
    return ((Registration.Registered) r).subscriber();
  }

  PinCheck check(Msisdn msisdn, String pin) {
    return join(service.checkPin(msisdn, pin));
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  /** Every audit event so far, oldest first. */
  List<AuditEvent> events() {
    List<AuditEvent> newestFirst = new ArrayList<>(join(backend.auditLog().recent(1_000)));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  List<String> actions() {
    return events().stream().map(AuditEvent::action).toList();
  }

  double counter(String name, String... tags) {
    var c = meters.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }
}
