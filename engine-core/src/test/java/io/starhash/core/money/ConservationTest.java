package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.CAROL;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.phone.Msisdn;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConservationTest {

  private final MoneyFixture f = new MoneyFixture();
  private final List<Msisdn> people = List.of(ALICE, BOB, CAROL);

  @Test
  void moneyIsNeitherCreatedNorDestroyed() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      Msisdn who = people.get(random.nextInt(3));
      Msisdn other = people.get(random.nextInt(3));
      String amount = (1 + random.nextInt(600)) + "." + random.nextInt(10);
      switch (random.nextInt(4)) {
        case 0 -> checkedSend(who, other, amount);
        case 1 -> f.run(MoneyEffects.PAY_MERCHANT, who, Map.of("merchant", "4321", "amount", amount, "pin", PIN));
        case 2 -> approve(who, "cash-in", amount);
        default -> approve(who, "cash-out", amount);
      }
      assertThat(f.effects.bank().ledger().sum()).as("after step %d", i).isZero();
    }
    long completedFees = f.effects.bank().operations().all().stream()
        .filter(op -> op.status() == OperationStatus.COMPLETED).mapToLong(op -> op.fee().minor()).sum();
    assertThat(completedFees).isPositive();
    assertThat(f.ledgerBalance(Ledger.FEES)).isEqualTo(completedFees);
    for (Msisdn p : people) {
      assertThat(f.ledgerBalance(Ledger.subscriber(p))).isNotNegative();
    }
  }

  /** Checks debit == credit + fee on every send that goes through, and no movement on any other outcome. */
  private void checkedSend(Msisdn from, Msisdn to, String amount) {
    long fromBefore = f.ledgerBalance(Ledger.subscriber(from));
    long toBefore = f.ledgerBalance(Ledger.subscriber(to));
    long feesBefore = f.ledgerBalance(Ledger.FEES);
    String outcome = f.run(MoneyEffects.SEND_MONEY, from, Map.of("recipient", to.e164(), "amount", amount, "pin", PIN))
        .outcome();
    long debit = fromBefore - f.ledgerBalance(Ledger.subscriber(from));
    long credit = f.ledgerBalance(Ledger.subscriber(to)) - toBefore;
    long fee = f.ledgerBalance(Ledger.FEES) - feesBefore;
    if (outcome.equals("ok")) {
      assertThat(debit).isEqualTo(credit + fee).isEqualTo(Money.parse(amount, "TZS").orElseThrow().minor() + fee);
      assertThat(fee).isPositive();
    } else {
      assertThat(new long[] {debit, credit, fee}).as(outcome).containsOnly(0L);
    }
  }

  private void approve(Msisdn who, String type, String amount) {
    Money m = Money.parse(amount, "TZS").orElseThrow();
    if (m.isGreaterThan(new Money(50_000, "TZS"))) {
      return;
    }
    String ref = f.effects.requestFromAgent(who, type, m, "Demo Agent");
    f.run(MoneyEffects.PENDING_APPROVE, who, Map.of("reference", ref, "pin", PIN));
  }
}
