package io.starhash.flows.hop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.SlowEffects;
import java.util.concurrent.CompletionStage;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.session.Session;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.HopResult.Outcome;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The path of a hop: new sessions, resent hops, bad text, expiry, PIN masking, the hop budget. */
class HopProcessorTest {

  private EngineFixture f = new EngineFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private HopResult hop(String session, String text) {
    return hop(session, EngineFixture.CUSTOMER, "*165#", text);
  }

  private HopResult hop(String session, Msisdn msisdn, String code, String text) {
    return f.engine().handle(new Hop(new SessionId(session), msisdn, code, text, Hop.InputMode.CUMULATIVE, 0,
        "test", "test")).toCompletableFuture().join();
  }

  private Session stored(String session) {
    return f.store.load(new SessionId(session)).toCompletableFuture().join().orElseThrow();
  }

  @Test
  void aResentHopReturnsTheSavedScreenAndMovesNoMoneyTwice() {
    hop("s1", "");
    hop("s1", "7");
    hop("s1", "7*+255712000002");
    hop("s1", "7*+255712000002*100");
    HopResult paid = hop("s1", "7*+255712000002*100*1234");
    assertThat(paid.screen().text()).contains("Sent 100.00 TZS").contains("Balance 900.00 TZS");

    HopResult again = hop("s1", "7*+255712000002*100*1234");

    assertThat(again.outcome()).isEqualTo(Outcome.RESENT);
    assertThat(again.screen()).isEqualTo(paid.screen());
    assertThat(stored("s1").hop()).isEqualTo(5);
    HopResult balance = balanceOf(EngineFixture.CUSTOMER);
    assertThat(balance.screen().text()).contains("900.00 TZS");
  }

  @Test
  void aResentFirstHopReturnsTheMenuAgain() {
    HopResult first = hop("s2", "");
    HopResult again = hop("s2", "");
    assertThat(again.outcome()).isEqualTo(Outcome.RESENT);
    assertThat(again.screen()).isEqualTo(first.screen());
    assertThat(stored("s2").hop()).isEqualTo(1);
  }

  @Test
  void twoIdenticalHopsAtOnceAdvanceTheSessionOnce() throws Exception {
    hop("s3", "");
    List<Callable<HopResult>> twins = List.of(() -> hop("s3", "8"), () -> hop("s3", "8"));
    List<HopResult> results = Concurrently.run(twins);
    assertThat(results).extracting(HopResult::outcome).containsExactlyInAnyOrder(Outcome.CONTINUE, Outcome.RESENT);
    assertThat(results.get(0).screen()).isEqualTo(results.get(1).screen());
    assertThat(stored("s3").hop()).isEqualTo(2);
  }

  @Test
  void aTextThatDoesNotExtendThePreviousOneIsRefusedPolitely() {
    hop("s4", "");
    hop("s4", "3");
    HopResult odd = hop("s4", "4*100");
    assertThat(odd.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(odd.screen().continues()).isFalse();
    assertThat(odd.screen().text()).contains("could not follow your input");
    assertThat(f.meters.counter("ussd.rejected", "dialect", "test", "reason", "text-not-extending").count())
        .isEqualTo(1.0);
    assertThat(stored("s4").hop()).isEqualTo(2);
  }

  @Test
  void anInputThatItselfHoldsAStarIsNotSplit() {
    hop("s5", "");
    hop("s5", "7");
    HopResult r = hop("s5", "7*12*34");
    assertThat(r.screen().text()).contains("Please enter a phone number or a 9-digit token.");
  }

  @Test
  void thePinIsNeverSavedInTheSession() {
    hop("s6", "");
    hop("s6", "3");
    hop("s6", "3*100");
    HopResult done = hop("s6", "3*100*1234");
    assertThat(done.screen().text()).contains("Cash-in of 100.00 TZS requested");
    Session s = stored("s6");
    assertThat(s.text()).isEqualTo("3*100*????");
    assertThat(s.vars().values()).noneMatch(v -> v.contains("1234"));
    assertThat(s.lastScreen().text()).doesNotContain("1234");
  }

  @Test
  void aPinTypedIntoTheFirstTextIsNeitherAppliedNorSaved() {
    HopResult first = hop("s12", "4*200*1234");
    assertThat(first.screen().text()).contains("Cash out 200.00 TZS").contains("Enter PIN to confirm");
    assertThat(stored("s12").text()).isEqualTo("4*200*????");
    HopResult done = hop("s12", "4*200*1234*1234");
    assertThat(done.screen().text()).contains("Cash-out of 200.00 TZS requested");
    assertThat(stored("s12").text()).doesNotContain("1234");
  }

  @Test
  void aSessionExpiresAfterItsTimeToLive() {
    hop("s7", "");
    hop("s7", "8");
    f.clock.advance(Duration.ofSeconds(181));
    assertThat(f.store.load(new SessionId("s7")).toCompletableFuture().join()).isEmpty();
  }

  @Test
  void anUnknownServiceCodeGetsAPoliteEnd() {
    HopResult r = hop("s8", EngineFixture.CUSTOMER, "*999#", "");
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.screen().continues()).isFalse();
    assertThat(r.screen().text()).contains("not available");
  }

  @Test
  void aHopForAnotherNumbersSessionIsRefused() {
    hop("s9", "");
    HopResult r = hop("s9", EngineFixture.OTHER, "*165#", "1");
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(stored("s9").hop()).isEqualTo(1);
  }

  @Test
  void aHopAfterTheEndScreenIsToldTheSessionEnded() {
    hop("s10", "");
    hop("s10", "0");
    HopResult r = hop("s10", "0*1");
    assertThat(r.screen().continues()).isFalse();
    assertThat(r.screen().text()).contains("This session has ended");
  }

  @Test
  void anEffectSlowerThanTheHopBudgetEndsWithAProcessingScreenAndTheResultFollowsBySms() {
    f.close();
    ScheduledExecutorService slow = Executors.newSingleThreadScheduledExecutor();
    try {
      f = new EngineFixture(money -> slowTokens(money, new SlowEffects(money, Duration.ofMillis(600), slow)), null,
          Optional.empty(), Duration.ofMillis(150));
      HopResult r = hop("s11", EngineFixture.CUSTOMER, "*165*1#", "");

      assertThat(r.outcome()).isEqualTo(Outcome.DEFERRED);
      assertThat(r.screen().continues()).isFalse();
      assertThat(r.screen().text()).contains("You will receive an SMS");
      assertThat(stored("s11").ended()).isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> !f.sms.sentTo(EngineFixture.CUSTOMER).isEmpty());
      assertThat(f.sms.sentTo(EngineFixture.CUSTOMER).get(0).text()).contains("Your token is");
    } finally {
      slow.shutdownNow();
    }
  }

  /** Only {@code token.get} is slow; every other effect answers at once. */
  private static EffectPort slowTokens(EffectPort fast, EffectPort slow) {
    return new EffectPort() {
      @Override
      public CompletionStage<EffectResult> run(EffectCall call) {
        return (call.effect().equals("token.get") ? slow : fast).run(call);
      }

      @Override
      public EffectCatalog catalog() {
        return fast.catalog();
      }
    };
  }

  private HopResult balanceOf(Msisdn who) {
    String id = "balance-" + who.e164();
    hop(id, who, "*165#", "");
    hop(id, who, "*165#", "8");
    hop(id, who, "*165#", "8*1");
    return hop(id, who, "*165#", "8*1*1234");
  }
}
