package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountEffectsTest {

  private final MoneyFixture f = new MoneyFixture();

  private String statement(io.starhash.core.phone.Msisdn who) {
    return f.ok(MoneyEffects.STATEMENT, who, Map.of("pin", PIN)).vars().get("statement");
  }

  private String outcome(String effect, Map<String, String> args) {
    return f.run(effect, ALICE, args).outcome();
  }

  @Test
  void balanceWithCurrency() {
    assertThat(f.ok(MoneyEffects.BALANCE, ALICE, Map.of("pin", PIN)))
        .isEqualTo(EffectResult.ok(Map.of("balance", "1,000.00", "currency", "TZS")));
    assertThat(outcome(MoneyEffects.BALANCE, Map.of("pin", "4321"))).isEqualTo("wrong-pin");
  }

  @Test
  void statementShowsTheLastThreeMovementsNewestFirst() {
    assertThat(statement(ALICE)).isEqualTo("+1,000.00 OPENING");
    String sm = f.ok(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", BOB.e164(), "amount", "20", "pin", PIN))
        .vars().get("reference");
    String mp = f.ok(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "500", "pin", PIN))
        .vars().get("reference");
    String ci = f.effects.requestFromAgent(ALICE, "cash-in", new Money(10_000, "TZS"), "Demo Agent");
    f.ok(MoneyEffects.PENDING_APPROVE, ALICE, Map.of("reference", ci, "pin", PIN));
    assertThat(statement(ALICE)).isEqualTo("+100.00 " + ci + "; -500.00 " + mp + "; -21.00 " + sm);
    assertThat(statement(BOB)).isEqualTo("+20.00 " + sm + "; +1,000.00 OPENING");
    assertThat(outcome(MoneyEffects.STATEMENT, Map.of("pin", "0"))).isEqualTo("wrong-pin");
  }

  @Test
  void verifyPin() {
    assertThat(outcome(MoneyEffects.PIN_VERIFY, Map.of("pin", PIN))).isEqualTo("ok");
    assertThat(outcome(MoneyEffects.PIN_VERIFY, Map.of("pin", "12345"))).isEqualTo("wrong-pin");
  }

  @Test
  void changePinInThreeSteps() {
    f.ok(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", PIN));
    assertThat(outcome(MoneyEffects.PIN_STAGE, Map.of("newPin", "1111"))).isEqualTo("weak");
    assertThat(outcome(MoneyEffects.PIN_STAGE, Map.of("newPin", "482"))).isEqualTo("weak");
    assertThat(outcome(MoneyEffects.PIN_STAGE, Map.of("newPin", "4821"))).isEqualTo("ok");
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4822"))).isEqualTo("mismatch");
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4821"))).isEqualTo("ok");

    assertThat(outcome(MoneyEffects.PIN_VERIFY, Map.of("pin", PIN))).isEqualTo("wrong-pin");
    assertThat(outcome(MoneyEffects.PIN_VERIFY, Map.of("pin", "4821"))).isEqualTo("ok");
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4821"))).as("used up").isEqualTo("expired");
  }

  @Test
  void aNewPinClearsWrongAttempts() {
    f.ok(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", PIN));
    f.ok(MoneyEffects.PIN_STAGE, ALICE, Map.of("newPin", "4821"));
    f.run(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", "0000"));
    f.run(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", "0000"));
    f.ok(MoneyEffects.PIN_CHANGE, ALICE, Map.of("confirmPin", "4821"));
    assertThat(f.run(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", "0000")))
        .isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
  }

  @Test
  void changeWithoutAStagedPinOrTooLateIsExpired() {
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4821"))).isEqualTo("expired");
    f.ok(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", PIN));
    f.ok(MoneyEffects.PIN_STAGE, ALICE, Map.of("newPin", "4821"));
    f.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4821"))).isEqualTo("expired");
    assertThat(outcome(MoneyEffects.PIN_VERIFY, Map.of("pin", PIN))).isEqualTo("ok");
  }

  @Test
  void stagingNeedsARecentRightPin() {
    assertThat(outcome(MoneyEffects.PIN_STAGE, Map.of("newPin", "4821"))).isEqualTo("error");
    f.ok(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", PIN));
    f.advance(Duration.ofMinutes(6));
    assertThat(outcome(MoneyEffects.PIN_STAGE, Map.of("newPin", "4821"))).isEqualTo("error");
    assertThat(outcome(MoneyEffects.PIN_CHANGE, Map.of("confirmPin", "4821"))).isEqualTo("expired");
  }
}
