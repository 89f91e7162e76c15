package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.ServiceFixture.ALICE;
import static io.starhash.core.subscriber.ServiceFixture.BOB;
import static io.starhash.core.subscriber.ServiceFixture.OTHER_PIN;
import static io.starhash.core.subscriber.ServiceFixture.PIN;
import static io.starhash.core.subscriber.ServiceFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.audit.AuditEvent;
import io.starhash.core.testing.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PIN checks, locks, and operator blocks; run on every store. */
abstract class PinCheckContract {

  private ServiceFixture f;

  abstract Backend backend();

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(backend());
    f.register(ALICE);
  }

  private Instant now() {
    return f.clock.instant();
  }

  @Test
  void aRightPinIsOkAndResetsTheCount() {
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Wrong(2));
    assertThat(f.check(ALICE, "1")).as("malformed counts as wrong").isEqualTo(new PinCheck.Wrong(1));
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Wrong(2));
    assertThat(f.check(BOB, PIN)).isEqualTo(new PinCheck.NoSuchSubscriber());
  }

  @Test
  void threeWrongPinsLockForThirtyMinutesAndEachStepIsAudited() {
    Instant until = now().plus(Duration.ofMinutes(30));
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Wrong(2));
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Wrong(1));
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Locked(until, 30));

    List<AuditEvent> events = f.events();
    assertThat(events).extracting(AuditEvent::action).containsExactly(
        SubscriberActions.REGISTERED, SubscriberActions.PIN_FAILED, SubscriberActions.PIN_FAILED,
        SubscriberActions.PIN_FAILED, SubscriberActions.PIN_LOCKED);
    assertThat(events.subList(1, 4)).extracting(e -> e.details().get("attemptsLeft"))
        .containsExactly("2", "1", "0");
    assertThat(events.get(4)).isEqualTo(new AuditEvent(now(), SubscriberActions.SELF,
        SubscriberActions.PIN_LOCKED, ALICE.masked(), Map.of("until", until.toString(), "attempts", "3")));
    assertThat(f.service.find(ALICE).toCompletableFuture().join().orElseThrow().pinState())
        .isEqualTo(new PinState(0, until, null));
  }

  @Test
  void aCheckWhileLockedDoesNotVerifyThePin() {
    lock();
    int hashedBefore = f.hashing.count();

    f.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(f.check(ALICE, PIN)).isInstanceOfSatisfying(PinCheck.Locked.class,
        l -> assertThat(l.minutesLeft()).isEqualTo(20));
    assertThat(f.check(ALICE, OTHER_PIN)).isInstanceOf(PinCheck.Locked.class);

    assertThat(f.hashing.count()).isEqualTo(hashedBefore);
    assertThat(f.actions()).endsWith(SubscriberActions.PIN_LOCKED);
  }

  @Test
  void theLockEndsWhenTheClockPassesItAndTheCountStartsAfresh() {
    lock();
    f.advance(Duration.ofMinutes(29).plusSeconds(30));
    assertThat(f.check(ALICE, PIN)).isInstanceOfSatisfying(PinCheck.Locked.class,
        l -> assertThat(l.minutesLeft()).isEqualTo(1));

    f.advance(Duration.ofSeconds(30));
    assertThat(f.check(ALICE, OTHER_PIN)).isEqualTo(new PinCheck.Wrong(2));
    assertThat(f.actions()).endsWith(SubscriberActions.PIN_UNLOCKED, SubscriberActions.PIN_FAILED);
    assertThat(f.events().get(f.events().size() - 2).details()).containsEntry("reason", "expired");
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
  }

  @Test
  void twoConcurrentWrongPinsAreBothCounted() throws Exception {
    List<PinCheck> checks = Concurrently.run(List.of(
        () -> f.check(ALICE, OTHER_PIN), () -> f.check(ALICE, OTHER_PIN)));

    assertThat(checks).containsExactlyInAnyOrder(new PinCheck.Wrong(2), new PinCheck.Wrong(1));
    assertThat(f.check(ALICE, OTHER_PIN)).isInstanceOf(PinCheck.Locked.class);
  }

  @Test
  void manyConcurrentWrongPinsAreAllCountedExactlyOnce() throws Exception {
    ServiceFixture roomy = new ServiceFixture(backend(), ServiceFixture.attempts(50));
    roomy.register(ALICE);
    List<Callable<PinCheck>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tasks.add(() -> roomy.check(ALICE, OTHER_PIN));
    }

    List<PinCheck> checks = Concurrently.run(tasks);

    assertThat(checks).extracting(c -> ((PinCheck.Wrong) c).attemptsLeft())
        .containsExactlyInAnyOrder(49, 48, 47, 46, 45, 44, 43, 42);
    assertThat(roomy.actions()).filteredOn(SubscriberActions.PIN_FAILED::equals).hasSize(8);
  }

  @Test
  void aBlockedSubscriberIsRefusedWithoutAPinCheckUntilUnblocked() {
    assertThat(join(f.service.block(ALICE, "op-7"))).isTrue();
    int hashedBefore = f.hashing.count();

    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Blocked());
    assertThat(f.hashing.count()).isEqualTo(hashedBefore);
    assertThat(join(f.service.block(BOB, "op-7"))).isFalse();

    assertThat(join(f.service.unblock(ALICE, "op-7"))).isTrue();
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(f.events()).filteredOn(e -> e.actor().equals("op-7")).extracting(AuditEvent::action)
        .containsExactly(SubscriberActions.BLOCKED, SubscriberActions.UNBLOCKED);
  }

  @Test
  void anOperatorUnblockLiftsAPinLock() {
    lock();

    assertThat(join(f.service.unblock(ALICE, "op-7"))).isTrue();

    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
    AuditEvent unlocked = f.events().get(f.events().size() - 1);
    assertThat(unlocked.action()).isEqualTo(SubscriberActions.PIN_UNLOCKED);
    assertThat(unlocked.actor()).isEqualTo("op-7");
    assertThat(unlocked.details()).containsEntry("reason", "operator");
  }

  @Test
  void checksAreCountedByOutcome() {
    f.check(ALICE, PIN);
    f.check(ALICE, OTHER_PIN);
    f.check(ALICE, OTHER_PIN);
    f.check(ALICE, OTHER_PIN);
    f.check(ALICE, PIN);
    f.check(BOB, PIN);

    assertThat(f.counter("pin.checks", "outcome", "ok")).isEqualTo(1);
    assertThat(f.counter("pin.checks", "outcome", "wrong")).isEqualTo(2);
    assertThat(f.counter("pin.checks", "outcome", "locked")).isEqualTo(2);
    assertThat(f.counter("pin.checks", "outcome", "unknown")).isEqualTo(1);
  }

  private void lock() {
    for (int i = 0; i < 3; i++) {
      f.check(ALICE, OTHER_PIN);
    }
    assertThat(f.check(ALICE, PIN)).isInstanceOf(PinCheck.Locked.class);
  }
}
