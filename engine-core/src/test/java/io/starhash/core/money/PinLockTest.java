package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinLockTest {

  private final MoneyFixture f = new MoneyFixture();

  private EffectResult verify(String pin) {
    return f.run(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", pin));
  }

  @Test
  void threeWrongPinsLockForThirtyMinutes() {
    assertThat(verify("0000")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
    assertThat(verify("0001")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "1")));
    assertThat(verify("0002")).isEqualTo(new EffectResult("locked", Map.of("lockedMinutes", "30")));

    assertThat(verify(PIN)).isEqualTo(new EffectResult("locked", Map.of("lockedMinutes", "30")));
    f.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(verify(PIN)).isEqualTo(new EffectResult("locked", Map.of("lockedMinutes", "20")));
    EffectResult balance = f.run(MoneyEffects.BALANCE, ALICE, Map.of("pin", PIN));
    assertThat(balance.outcome()).isEqualTo("locked");

    f.advance(Duration.ofMinutes(20));
    assertThat(verify(PIN).outcome()).isEqualTo("ok");
  }

  @Test
  void aWrongPinAfterTheLockStartsAFreshCount() {
    verify("0000");
    verify("0000");
    verify("0000");
    f.advance(Duration.ofMinutes(30));
    assertThat(verify("0000")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
  }

  @Test
  void aRightPinResetsTheCount() {
    verify("0000");
    verify("0000");
    assertThat(verify(PIN).outcome()).isEqualTo("ok");
    assertThat(verify("0000")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
    assertThat(verify("0000")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "1")));
  }

  @Test
  void everyPinEffectCountsAndEachSubscriberHasItsOwnCount() {
    f.run(MoneyEffects.BALANCE, ALICE, Map.of("pin", "9"));
    f.run(MoneyEffects.STATEMENT, ALICE, Map.of("pin", ""));
    EffectResult send = f.run(MoneyEffects.SEND_MONEY, ALICE,
        Map.of("recipient", BOB.e164(), "amount", "10", "pin", "9999"));
    assertThat(send.outcome()).isEqualTo("locked");
    assertThat(f.run(MoneyEffects.PIN_VERIFY, BOB, Map.of("pin", PIN)).outcome()).isEqualTo("ok");
    assertThat(f.balance(BOB)).isEqualTo("1,000.00");
  }

  @Test
  void aShortLockShowsAtLeastOneMinute() {
    verify("0000");
    verify("0000");
    verify("0000");
    f.advance(Duration.ofMinutes(29).plusSeconds(50));
    assertThat(verify(PIN)).isEqualTo(new EffectResult("locked", Map.of("lockedMinutes", "1")));
  }
}
