package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.ServiceFixture.ALICE;
import static io.starhash.core.subscriber.ServiceFixture.BOB;
import static io.starhash.core.subscriber.ServiceFixture.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.money.PinHash;
import io.starhash.core.money.PinHasher;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriberStore} does; run on each. */
abstract class SubscriberStoreContract {

  private static final PinHasher HASHER = new PinHasher(1);
  private static final Instant T0 = Instant.parse("2026-01-01T08:00:00.123456Z");
  private static final Duration TTL = Duration.ofMinutes(5);

  private SubscriberStore store;
  private final PinHash pin = HASHER.hash("7291");
  private final Subscriber alice = Subscriber.open(ALICE, "Zoë N'Diaye | Ölçer", pin, T0);

  abstract Backend backend();

  @BeforeEach
  void setUp() {
    store = backend().store();
  }

  @Test
  void findsWhatWasCreatedToTheMillisecond() {
    Subscriber full = new Subscriber(ALICE, alice.fullName(), KycTier.TIER_2, SubscriberStatus.BLOCKED,
        pin, T0, new PinState(2, T0.plusSeconds(60), T0.minusSeconds(5)));
    assertThat(join(store.create(full))).isTrue();

    assertThat(join(store.find(ALICE))).contains(full);
    assertThat(full.createdAt()).isEqualTo(Instant.parse("2026-01-01T08:00:00.123Z"));
    assertThat(join(store.find(BOB))).isEmpty();
  }

  @Test
  void createsOnlyOnce() {
    assertThat(join(store.create(alice))).isTrue();

    assertThat(join(store.create(Subscriber.open(ALICE, "Someone Else", pin, T0)))).isFalse();
    assertThat(join(store.find(ALICE))).contains(alice);
  }

  @Test
  void replacesOnlyTheExpectedSubscriber() {
    join(store.create(alice));
    Subscriber blocked = alice.withStatus(SubscriberStatus.BLOCKED);
    Subscriber failed = alice.withPinState(new PinState(1, null, null));

    assertThat(join(store.replace(alice, blocked))).isTrue();
    assertThat(join(store.replace(alice, failed))).as("stale").isFalse();
    assertThat(join(store.find(ALICE))).contains(blocked);
    Subscriber bob = Subscriber.open(BOB, "Bob Mushi", pin, T0);
    assertThat(join(store.replace(bob, bob.withStatus(SubscriberStatus.BLOCKED)))).as("absent").isFalse();
    assertThat(join(store.find(BOB))).isEmpty();
    assertThatThrownBy(() -> store.replace(alice, bob)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsOneStagedChangePerNumberAndRemovesOnlyTheExpectedOne() {
    StagedChange signUp = StagedChange.signUp(ALICE, "Zoë N'Diaye", pin, T0);
    StagedChange change = StagedChange.pinChange(ALICE, HASHER.hash("5820"), T0.plusSeconds(1));
    assertThat(join(store.findStaged(ALICE))).isEmpty();

    join(store.stage(signUp, TTL));
    assertThat(join(store.findStaged(ALICE))).contains(signUp);
    join(store.stage(change, TTL));
    assertThat(join(store.findStaged(ALICE))).contains(change);
    assertThat(join(store.findStaged(BOB))).isEmpty();

    assertThat(join(store.removeStaged(signUp))).as("replaced already").isFalse();
    assertThat(join(store.removeStaged(change))).isTrue();
    assertThat(join(store.removeStaged(change))).as("gone").isFalse();
    assertThat(join(store.findStaged(ALICE))).isEmpty();
  }
}
