package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingEffectsTest {

  private final MoneyFixture f = new MoneyFixture();

  private String request(String type, long minor, String agent) {
    return f.effects.requestFromAgent(ALICE, type, new Money(minor, "TZS"), agent);
  }

  private EffectResult next() {
    return f.run(MoneyEffects.PENDING_NEXT, ALICE, Map.of());
  }

  private EffectResult approve(String ref, String pin) {
    return f.run(MoneyEffects.PENDING_APPROVE, ALICE, Map.of("reference", ref, "pin", pin));
  }

  private OperationStatus status(String ref) {
    return f.effects.bank().operations().find(ref).orElseThrow().status();
  }

  @Test
  void noneWhenNothingWaits() {
    assertThat(next()).isEqualTo(EffectResult.of("none"));
  }

  @Test
  void nextShowsTheOldestWithACount() {
    String first = request("cash-out", 10_000, "Demo Agent");
    f.advance(Duration.ofSeconds(1));
    request("merchant-payment", 2_500, "Demo Shop");
    assertThat(next()).isEqualTo(EffectResult.ok(Map.of("pendingRef", first,
        "pendingText", "Cash-out 100.00 TZS, fee 1.00, agent Demo Agent", "pendingCount", "2")));
    f.ok(MoneyEffects.PENDING_REJECT, ALICE, Map.of("reference", first));
    assertThat(next().vars()).containsEntry("pendingText", "Pay 25.00 TZS to Demo Shop").containsEntry("pendingCount", "1");
    assertThat(f.run(MoneyEffects.PENDING_NEXT, BOB, Map.of()).outcome()).as("not Bob's").isEqualTo("none");
  }

  @Test
  void approvingACashOutMovesMoneyToTheAgentAndTheFeeToTheOperator() {
    String ref = request("cash-out", 10_000, "Demo Agent");
    assertThat(approve(ref, PIN)).isEqualTo(EffectResult.ok(Map.of("reference", ref, "balance", "899.00")));
    assertThat(f.ledgerBalance(Ledger.agent("Demo Agent"))).isEqualTo(10_000);
    assertThat(f.ledgerBalance(Ledger.FEES)).isEqualTo(100);
    assertThat(status(ref)).isEqualTo(OperationStatus.COMPLETED);
    assertThat(next().outcome()).isEqualTo("none");
    assertThat(approve(ref, PIN).outcome()).as("twice").isEqualTo("expired");
  }

  @Test
  void approvingACashInOrAMerchantPayment() {
    String in = request("cash-in", 5_000, "Demo Agent");
    assertThat(approve(in, PIN).vars()).containsEntry("balance", "1,050.00");
    String pay = request("merchant-payment", 2_000, "Demo Shop");
    assertThat(approve(pay, PIN).vars()).containsEntry("balance", "1,030.00");
    assertThat(f.ledgerBalance(Ledger.merchant("4321"))).isEqualTo(2_000);
    assertThat(f.ledgerBalance(Ledger.agent("Demo Agent"))).isEqualTo(-5_000);
  }

  @Test
  void aWrongPinKeepsItWaiting() {
    String ref = request("cash-out", 10_000, "Demo Agent");
    assertThat(approve(ref, "9999")).isEqualTo(new EffectResult("wrong-pin", Map.of("attemptsLeft", "2")));
    assertThat(status(ref)).isEqualTo(OperationStatus.PENDING_CUSTOMER);
    assertThat(approve(ref, PIN).outcome()).isEqualTo("ok");
  }

  @Test
  void tooLateIsExpired() {
    String ref = request("cash-out", 10_000, "Demo Agent");
    f.advance(Duration.ofMinutes(5));
    assertThat(next().outcome()).as("exactly at the timeout").isEqualTo("ok");
    f.advance(Duration.ofSeconds(1));
    assertThat(approve(ref, PIN).outcome()).isEqualTo("expired");
    assertThat(status(ref)).isEqualTo(OperationStatus.EXPIRED);
    assertThat(next().outcome()).isEqualTo("none");
    assertThat(f.balance(ALICE)).isEqualTo("1,000.00");
  }

  @Test
  void expiredOnesLeaveTheList() {
    request("cash-in", 100, "A");
    f.advance(Duration.ofMinutes(4));
    String fresh = request("cash-in", 200, "B");
    f.advance(Duration.ofMinutes(2));
    assertThat(next().vars()).containsEntry("pendingRef", fresh).containsEntry("pendingCount", "1");
    assertThat(f.run(MoneyEffects.PENDING_REJECT, ALICE, Map.of("reference", fresh)).outcome()).isEqualTo("ok");
  }

  @Test
  void insufficientFundsDeclines() {
    MoneyFixture poor = new MoneyFixture(MoneyFixture.openingBalance(5_000));
    String ref = poor.effects.requestFromAgent(ALICE, "cash-out", new Money(5_000, "TZS"), "Demo Agent");
    EffectResult r = poor.run(MoneyEffects.PENDING_APPROVE, ALICE, Map.of("reference", ref, "pin", PIN));
    assertThat(r.outcome()).as("50.00 + 1.00 fee").isEqualTo("insufficient-funds");
    assertThat(poor.effects.bank().operations().find(ref).orElseThrow().status()).isEqualTo(OperationStatus.DECLINED);
    assertThat(poor.balance(ALICE)).isEqualTo("50.00");
  }

  @Test
  void someoneElsesOrAnUnknownReferenceReadsAsExpired() {
    String ref = request("cash-out", 10_000, "Demo Agent");
    assertThat(f.run(MoneyEffects.PENDING_APPROVE, BOB, Map.of("reference", ref, "pin", PIN)).outcome())
        .isEqualTo("expired");
    assertThat(f.run(MoneyEffects.PENDING_REJECT, BOB, Map.of("reference", ref)).outcome()).isEqualTo("expired");
    assertThat(approve("CO00000000", PIN).outcome()).isEqualTo("expired");
    assertThat(status(ref)).isEqualTo(OperationStatus.PENDING_CUSTOMER);
  }

  @Test
  void rejectThenApproveIsExpired() {
    String ref = request("cash-out", 10_000, "Demo Agent");
    assertThat(f.run(MoneyEffects.PENDING_REJECT, ALICE, Map.of("reference", ref)).outcome()).isEqualTo("ok");
    assertThat(status(ref)).isEqualTo(OperationStatus.REJECTED);
    assertThat(approve(ref, PIN).outcome()).isEqualTo("expired");
    assertThat(f.run(MoneyEffects.PENDING_REJECT, ALICE, Map.of("reference", ref)).outcome()).isEqualTo("expired");
  }

  @Test
  void longNamesAreCutToTheScreenLimit() {
    request("cash-out", 50_000, "A Very Long Agent Name That Goes On And On Ltd");
    String text = next().vars().get("pendingText");
    assertThat(text).hasSize(60).startsWith("Cash-out 500.00 TZS, fee 5.00, agent A Very Long");
  }

  @Test
  void agentsCannotRequestAnythingElse() {
    assertThatThrownBy(() -> request("send-money", 100, "A")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request("cash-in", 50_001, "A")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request("cash-in", 0, "A")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request("cash-in", 100, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.effects.requestFromAgent(ALICE, "cash-in", new Money(100, "KES"), "A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(f.effects.bank().operations().all()).isEmpty();
  }
}
