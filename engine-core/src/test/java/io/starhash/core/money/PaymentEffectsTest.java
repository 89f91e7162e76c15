package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.effect.EffectResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentEffectsTest {

  private final MoneyFixture f = new MoneyFixture();

  private EffectResult quote(String type, String amount) {
    return f.run(MoneyEffects.QUOTE, ALICE, Map.of("type", type, "amount", amount));
  }

  @ParameterizedTest
  @CsvSource({"cash-in, 100, 0.00, 100.00", "merchant-payment, 500, 0.00, 500.00",
      "cash-out, 100, 1.00, 101.00", "cash-out, 500, 5.00, 505.00", "send-money, 250.50, 2.51, 253.01",
      "send-money, 0.01, 1.00, 1.01"})
  void quotesTheFee(String type, String amount, String fee, String total) {
    assertThat(quote(type, amount)).isEqualTo(EffectResult.ok(Map.of("fee", fee, "total", total, "currency", "TZS")));
  }

  @Test
  void quoteOverTheLimit() {
    assertThat(quote("cash-out", "500.01")).isEqualTo(new EffectResult("over-limit", Map.of("limit", "500.00")));
  }

  @Test
  void badInputIsAnErrorAndCounted() {
    assertThat(quote("cash-out", "abc").outcome()).isEqualTo("error");
    assertThat(quote("cash-out", "0").outcome()).isEqualTo("error");
    assertThat(quote("loan", "10").outcome()).isEqualTo("error");
    assertThat(f.run(MoneyEffects.CASH_IN, ALICE, Map.of("amount", "-5", "pin", PIN)).outcome()).isEqualTo("error");
    assertThat(f.registry.counter("money.effects", "effect", "quote", "outcome", "error").count()).isEqualTo(3);
  }

  @Test
  void badInputCostsNoPinAttempt() {
    for (int i = 0; i < 5; i++) {
      f.run(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", BOB.e164(), "amount", "x", "pin", "0000"));
    }
    assertThat(f.run(MoneyEffects.PIN_VERIFY, ALICE, Map.of("pin", PIN)).outcome()).isEqualTo("ok");
  }

  @Test
  void customerCashInAndCashOutWaitForAnAgent() {
    EffectResult in = f.ok(MoneyEffects.CASH_IN, ALICE, Map.of("amount", "200", "pin", PIN));
    assertThat(in.vars()).containsEntry("balance", "1,000.00");
    assertThat(in.vars().get("reference")).matches("CI[A-HJ-NP-Z2-9]{8}");
    EffectResult out = f.ok(MoneyEffects.CASH_OUT, ALICE, Map.of("amount", "400", "pin", PIN));
    assertThat(out.vars().get("reference")).startsWith("CO");
    assertThat(f.run(MoneyEffects.CASH_OUT, ALICE, Map.of("amount", "500.01", "pin", PIN)).outcome()).isEqualTo("over-limit");

    List<Operation> ops = f.effects.bank().operations().all();
    assertThat(ops).extracting(Operation::status).containsOnly(OperationStatus.PENDING_AGENT);
    assertThat(ops).extracting(Operation::reference)
        .containsExactlyInAnyOrder(in.vars().get("reference"), out.vars().get("reference"));
    assertThat(f.balance(ALICE)).as("no money moves before an agent accepts").isEqualTo("1,000.00");
  }

  @Test
  void cashOutNeedsAmountPlusFee() {
    MoneyFixture poor = new MoneyFixture(MoneyFixture.openingBalance(10_000));
    assertThat(poor.run(MoneyEffects.CASH_OUT, ALICE, Map.of("amount", "99.01", "pin", PIN)).outcome())
        .isEqualTo("insufficient-funds");
    assertThat(poor.run(MoneyEffects.CASH_OUT, ALICE, Map.of("amount", "99", "pin", PIN)).outcome()).isEqualTo("ok");
  }

  @Test
  void cashEffectsCheckThePin() {
    EffectResult r = f.run(MoneyEffects.CASH_IN, ALICE, Map.of("amount", "100", "pin", "4321"));
    assertThat(r).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
    assertThat(f.effects.bank().operations().all()).isEmpty();
  }

  @Test
  void payMerchantMovesMoneyAtOnce() {
    EffectResult r = f.ok(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "120.50", "pin", PIN));
    assertThat(r.vars()).containsEntry("balance", "879.50");
    assertThat(r.vars().get("reference")).startsWith("MP");
    assertThat(f.ledgerBalance(Ledger.merchant("4321"))).isEqualTo(12_050);
    assertThat(f.effects.bank().operations().find(r.vars().get("reference")).orElseThrow().status())
        .isEqualTo(OperationStatus.COMPLETED);
  }

  @Test
  void payMerchantOutcomes() {
    Map<String, String> unknown = Map.of("merchant", "9999", "amount", "10", "pin", PIN);
    assertThat(f.run(MoneyEffects.PAY_MERCHANT, ALICE, unknown).outcome()).isEqualTo("unknown");
    assertThat(f.run(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "9999", "amount", "10", "pin", "0000")).outcome())
        .as("PIN first").isEqualTo("wrong-pin");
    assertThat(f.run(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "600", "pin", PIN)))
        .isEqualTo(new EffectResult("over-limit", Map.of("limit", "500.00")));
    f.ok(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "500", "pin", PIN));
    f.ok(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "450", "pin", PIN));
    EffectResult broke = f.run(MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "50.01", "pin", PIN));
    assertThat(broke.outcome()).isEqualTo("insufficient-funds");
    assertThat(f.balance(ALICE)).isEqualTo("50.00");
    assertThat(f.effects.bank().operations().all()).extracting(Operation::status)
        .containsExactlyInAnyOrder(OperationStatus.COMPLETED, OperationStatus.COMPLETED, OperationStatus.DECLINED);
  }

  @Test
  void sendMoneyToAPhoneNumberMovesAmountAndFee() {
    EffectResult r = f.ok(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", "0754000002", "amount", "100", "pin", PIN));
    assertThat(r.vars()).containsEntry("balance", "899.00").containsOnlyKeys("reference", "balance");
    assertThat(r.vars().get("reference")).startsWith("SM");
    assertThat(String.join(" ", r.vars().values())).doesNotContain("754000002");
    assertThat(f.balance(BOB)).isEqualTo("1,100.00");
    assertThat(f.ledgerBalance(Ledger.FEES)).isEqualTo(100);
  }

  @Test
  void sendMoneyToAToken() {
    String token = f.ok(MoneyEffects.TOKEN_GET, BOB, Map.of()).vars().get("token");
    f.ok(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", token, "amount", "10", "pin", PIN));
    assertThat(f.balance(BOB)).isEqualTo("1,010.00");
  }

  @Test
  void sendMoneyOutcomes() {
    assertThat(f.run(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", "1234 5678 9", "amount", "10", "pin", PIN))
        .outcome()).isEqualTo("unknown");
    assertThat(f.run(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", ALICE.e164(), "amount", "10", "pin", PIN))
        .outcome()).as("to oneself").isEqualTo("unknown");
    assertThat(f.run(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", BOB.e164(), "amount", "10", "pin", "1"))
        .outcome()).isEqualTo("wrong-pin");
    assertThat(f.run(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", BOB.e164(), "amount", "500.01", "pin", PIN))
        .outcome()).isEqualTo("over-limit");
    f.ok(MoneyEffects.SEND_MONEY, ALICE, Map.of("recipient", BOB.e164(), "amount", "495", "pin", PIN));
    EffectResult broke = f.run(MoneyEffects.SEND_MONEY, ALICE,
        Map.of("recipient", BOB.e164(), "amount", "500", "pin", PIN));
    assertThat(broke.outcome()).as("500 + 5.00 fee > 500.05").isEqualTo("insufficient-funds");
    assertThat(f.balance(ALICE)).isEqualTo("500.05");
    assertThat(f.balance(BOB)).isEqualTo("1,495.00");
  }
}
