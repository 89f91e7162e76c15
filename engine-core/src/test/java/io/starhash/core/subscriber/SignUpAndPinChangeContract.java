package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.ServiceFixture.ALICE;
import static io.starhash.core.subscriber.ServiceFixture.BOB;
import static io.starhash.core.subscriber.ServiceFixture.NEW_PIN;
import static io.starhash.core.subscriber.ServiceFixture.OTHER_PIN;
import static io.starhash.core.subscriber.ServiceFixture.PIN;
import static io.starhash.core.subscriber.ServiceFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.audit.AuditEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration, staged sign-up and PIN changes; run on every store. */
abstract class SignUpAndPinChangeContract {

  private ServiceFixture f;
  private SubscriberService service;

  abstract Backend backend();

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(backend());
    service = f.service;
  }

  @Test
  void registersATierZeroSubscriberShownOnlyMasked() {
    Subscriber s = f.register(ALICE);

    assertThat(s.displayName()).isEqualTo("J*** H***");
    assertThat(s.kycTier()).isEqualTo(KycTier.TIER_0);
    assertThat(s.status()).isEqualTo(SubscriberStatus.ACTIVE);
    assertThat(s.createdAt()).isEqualTo(f.clock.instant());
    assertThat(join(service.find(ALICE))).contains(s);
    assertThat(join(service.register(ALICE, "Someone Else", OTHER_PIN)))
        .isEqualTo(new Registration.AlreadyRegistered());
    assertThat(f.counter("subscribers.registered")).isEqualTo(1);
    assertThat(f.events()).containsExactly(new AuditEvent(f.clock.instant(), SubscriberActions.SELF,
        SubscriberActions.REGISTERED, ALICE.masked(), Map.of("via", "register")));
  }

  @Test
  void refusesWeakPinsAndInvalidNamesAndStoresNothing() {
    for (String weak : new String[] {"0000", "1111", "1234", "4321", "7890", "1212", "123", "12345", "12a4", null}) {
      assertThat(join(service.register(ALICE, "Juma Hassani", weak))).as(weak)
          .isEqualTo(new Registration.WeakPin());
      assertThat(join(service.stageSignUp(ALICE, "Juma Hassani", weak))).as(weak)
          .isEqualTo(new SignUpStage.WeakPin());
    }
    for (String bad : new String[] {"J", " ", "Juma3", "Juma_Hassani", "-Juma", "a".repeat(41), null}) {
      assertThat(join(service.register(ALICE, bad, PIN))).as(bad).isEqualTo(new Registration.InvalidName());
      assertThat(join(service.stageSignUp(ALICE, bad, PIN))).as(bad).isEqualTo(new SignUpStage.InvalidName());
    }
    assertThat(join(service.find(ALICE))).isEmpty();
    assertThat(join(f.backend.store().findStaged(ALICE))).isEmpty();
    assertThat(f.events()).isEmpty();
  }

  @Test
  void aStagedSignUpRegistersOnAMatchingConfirmationOnly() {
    Instant expires = f.clock.instant().plus(Duration.ofMinutes(5));
    assertThat(join(service.stageSignUp(ALICE, "  Amina   O'Brien-Juma ", PIN)))
        .isEqualTo(new SignUpStage.Staged(expires));
    assertThat(join(service.find(ALICE))).isEmpty();

    assertThat(join(service.confirmSignUp(ALICE, OTHER_PIN))).isEqualTo(new SignUpConfirmation.Mismatch());
    assertThat(join(service.confirmNewPin(ALICE, PIN))).as("not a PIN change")
        .isEqualTo(new PinConfirmation.Expired());
    SignUpConfirmation done = join(service.confirmSignUp(ALICE, PIN));

    assertThat(done).isInstanceOfSatisfying(SignUpConfirmation.Registered.class,
        r -> assertThat(r.subscriber().fullName()).isEqualTo("Amina O'Brien-Juma"));
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(join(service.confirmSignUp(ALICE, PIN))).isEqualTo(new SignUpConfirmation.Expired());
    assertThat(f.events()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(SubscriberActions.REGISTERED);
      assertThat(e.details()).containsEntry("via", "sign-up");
    });
    assertThat(f.counter("subscribers.registered")).isEqualTo(1);
  }

  @Test
  void aStagedSignUpExpiresByTheClock() {
    join(service.stageSignUp(ALICE, "Juma Hassani", PIN));
    f.advance(Duration.ofMinutes(5).plusMillis(1));

    assertThat(join(service.confirmSignUp(ALICE, PIN))).isEqualTo(new SignUpConfirmation.Expired());
    assertThat(join(f.backend.store().findStaged(ALICE))).isEmpty();
    assertThat(join(service.find(ALICE))).isEmpty();
  }

  @Test
  void aSignUpForARegisteredNumberIsRefusedEvenIfItCameBetweenTheHops() {
    f.register(ALICE);
    assertThat(join(service.stageSignUp(ALICE, "Juma Hassani", PIN)))
        .isEqualTo(new SignUpStage.AlreadyRegistered());

    join(service.stageSignUp(BOB, "Bob Mushi", PIN));
    join(service.register(BOB, "Bob Mushi", OTHER_PIN));
    assertThat(join(service.confirmSignUp(BOB, PIN))).isEqualTo(new SignUpConfirmation.AlreadyRegistered());
    assertThat(f.check(BOB, OTHER_PIN)).isEqualTo(new PinCheck.Ok());
  }

  @Test
  void aStagedPinChangeNeedsARecentRightPinAndAMatchingConfirmation() {
    f.register(ALICE);
    assertThat(join(service.stageNewPin(ALICE, NEW_PIN))).isEqualTo(new PinStage.NotVerified());
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(join(service.stageNewPin(ALICE, "2222"))).isEqualTo(new PinStage.WeakPin());
    assertThat(join(service.stageNewPin(BOB, NEW_PIN))).isEqualTo(new PinStage.NoSuchSubscriber());

    assertThat(join(service.stageNewPin(ALICE, NEW_PIN)))
        .isEqualTo(new PinStage.Staged(f.clock.instant().plus(Duration.ofMinutes(5))));
    assertThat(join(service.confirmNewPin(ALICE, OTHER_PIN))).isEqualTo(new PinConfirmation.Mismatch());
    assertThat(join(service.confirmSignUp(ALICE, NEW_PIN))).as("not a sign-up")
        .isEqualTo(new SignUpConfirmation.Expired());
    assertThat(join(service.confirmNewPin(ALICE, NEW_PIN))).isEqualTo(new PinConfirmation.Changed());

    assertThat(join(service.confirmNewPin(ALICE, NEW_PIN))).isEqualTo(new PinConfirmation.Expired());
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Wrong(2));
    assertThat(f.check(ALICE, NEW_PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(f.events()).filteredOn(e -> e.action().equals(SubscriberActions.PIN_CHANGED))
        .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("via", "confirm"));
  }

  @Test
  void aStagedPinChangeExpiresAndARightPinTooLongAgoDoesNotCount() {
    f.register(ALICE);
    f.check(ALICE, PIN);
    join(service.stageNewPin(ALICE, NEW_PIN));
    f.advance(Duration.ofMinutes(5).plusMillis(1));

    assertThat(join(service.confirmNewPin(ALICE, NEW_PIN))).isEqualTo(new PinConfirmation.Expired());
    assertThat(join(service.stageNewPin(ALICE, NEW_PIN))).isEqualTo(new PinStage.NotVerified());
    assertThat(f.check(ALICE, PIN)).isEqualTo(new PinCheck.Ok());
  }

  @Test
  void changePinInOneStepChecksTheOldPin() {
    f.register(ALICE);

    assertThat(join(service.changePin(ALICE, PIN, "9999"))).isEqualTo(new PinChange.WeakPin());
    assertThat(join(service.changePin(ALICE, OTHER_PIN, NEW_PIN)))
        .isEqualTo(new PinChange.Refused(new PinCheck.Wrong(2)));
    assertThat(join(service.changePin(BOB, PIN, NEW_PIN)))
        .isEqualTo(new PinChange.Refused(new PinCheck.NoSuchSubscriber()));
    assertThat(join(service.changePin(ALICE, PIN, NEW_PIN))).isEqualTo(new PinChange.Changed());

    assertThat(f.check(ALICE, NEW_PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(f.events()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo(SubscriberActions.PIN_CHANGED);
      assertThat(e.details()).containsEntry("via", "change");
    });
  }

  @Test
  void anOperatorResetSetsANewPinAndLiftsALock() {
    f.register(ALICE);
    for (int i = 0; i < 3; i++) {
      f.check(ALICE, OTHER_PIN);
    }

    assertThat(join(service.resetPin(ALICE, NEW_PIN, "op-7"))).isEqualTo(new PinChange.Changed());
    assertThat(join(service.resetPin(BOB, NEW_PIN, "op-7")))
        .isEqualTo(new PinChange.Refused(new PinCheck.NoSuchSubscriber()));

    assertThat(f.check(ALICE, NEW_PIN)).isEqualTo(new PinCheck.Ok());
    assertThat(f.events()).filteredOn(e -> e.actor().equals("op-7")).extracting(AuditEvent::action)
        .containsExactly(SubscriberActions.PIN_CHANGED, SubscriberActions.PIN_UNLOCKED);
  }
}
