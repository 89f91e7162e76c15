package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.mmo.TxType;
import io.starhash.core.testing.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransactionTypesTest extends SimTestBase {

  @ParameterizedTest
  @CsvSource({
      "deposit,      accountid:AGENT1,  msisdn:+255712000001, 250.00",
      "withdrawal,   msisdn:+255712000001, accountid:AGENT1,  100.50",
      "merchantpay,  msisdn:+255712000001, accountid:M4321,   999.99",
      "transfer,     msisdn:+255712000001, msisdn:+255712000002, 1000.00",
      "disbursement, accountid:ORG1,    msisdn:+255712000002, 0.01"})
  void everyTypeMovesTheAmountFromDebitToCreditAndConservesMoney(String type, String debit, String credit,
      String amount) throws Exception {
    var debitBefore = balance(debit);
    var creditBefore = balance(credit);

    MmapiTestClient.Reply state = pay(type, amount, debit, credit);

    assertThat(state.text("status")).isEqualTo("completed");
    assertThat(balance(debit)).isEqualTo(debitBefore.minus(tzs(amount)));
    assertThat(balance(credit)).isEqualTo(creditBefore.plus(tzs(amount)));
    assertConserved();
    MmoTransaction tx = sim.transactions().get(0);
    assertThat(tx.type()).isEqualTo(TxType.fromWire(type));
    assertThat(tx.reference()).isEqualTo(state.text("objectReference"));
  }

  @Test
  void theTransactionResourceHasTheMmapiShape() throws Exception {
    MmapiTestClient.Reply state = pay("transfer", "100", ALICE, BOB);

    MmapiTestClient.Reply tx = client.get("/transactions/" + state.text("objectReference"));

    assertThat(tx.status()).isEqualTo(200);
    JsonNode j = tx.json();
    assertThat(j.get("transactionReference").asText()).isEqualTo(state.text("objectReference"));
    assertThat(j.get("transactionStatus").asText()).isEqualTo("completed");
    assertThat(j.get("type").asText()).isEqualTo("transfer");
    assertThat(j.get("amount").asText()).isEqualTo("100.00");
    assertThat(j.get("currency").asText()).isEqualTo("TZS");
    assertThat(j.get("debitParty")).isEqualTo(MmapiTestClient.party(ALICE));
    assertThat(j.get("creditParty")).isEqualTo(MmapiTestClient.party(BOB));
    assertThat(j.get("descriptionText").asText()).isEqualTo("test");
    assertThat(j.get("clientCorrelationId").asText()).isEqualTo(state.text("clientCorrelationId"));
    assertThat(j.get("serverCorrelationId").asText()).isEqualTo(state.text("serverCorrelationId"));
    assertThat(j.get("creationDate").asText()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(j.has("originalTransactionReference")).isFalse();
    assertThat(client.get("/transactions/SIM99999999").status()).isEqualTo(404);
  }

  @Test
  void aReversalMovesTheWholeAmountBackOnceAndLinksTheOriginal() throws Exception {
    String original = pay("merchantpay", "300.00", ALICE, MERCHANT).text("objectReference");
    String body = "{\"originalTransactionReference\":\"" + original + "\",\"descriptionText\":\"refund\"}";

    MmapiTestClient.Reply accepted = client.post("reversal", newId(), body, null);
    MmapiTestClient.Reply state = awaitFinal(accepted.text("serverCorrelationId"));

    assertThat(state.text("status")).isEqualTo("completed");
    assertThat(balance(ALICE)).isEqualTo(tzs("1000.00"));
    assertThat(balance(MERCHANT)).isEqualTo(tzs("0.00"));
    assertConserved();
    JsonNode reversal = client.get("/transactions/" + state.text("objectReference")).json();
    assertThat(reversal.get("type").asText()).isEqualTo("reversal");
    assertThat(reversal.get("originalTransactionReference").asText()).isEqualTo(original);
    assertThat(reversal.get("debitParty")).isEqualTo(MmapiTestClient.party(MERCHANT));
    assertThat(reversal.get("amount").asText()).isEqualTo("300.00");
    assertThat(client.get("/transactions/" + original).json().get("transactionStatus").asText())
        .isEqualTo("completed");

    MmapiTestClient.Reply again = awaitFinal(client.post("reversal", newId(), body, null).text("serverCorrelationId"));
    assertThat(again.json().at("/errorReference/errorCode").asText()).isEqualTo("incorrectState");
    assertThat(balance(ALICE)).isEqualTo(tzs("1000.00"));
  }

  @Test
  void reversalsThatCannotBeDoneFailWithoutMovingMoney() throws Exception {
    String original = pay("transfer", "200.00", ALICE, BOB).text("objectReference");
    pay("transfer", "700.00", BOB, ALICE);

    assertThat(reversalError("SIM99999999", null)).isEqualTo("identification/identifierError");
    assertThat(reversalError(original, "150.00")).isEqualTo("businessRule/genericError");
    assertThat(reversalError(original, null)).isEqualTo("businessRule/insufficientFunds");
    assertThat(balance(BOB)).isEqualTo(tzs("0.00"));
    assertThat(sim.transactions()).hasSize(2);
    assertConserved();
  }

  @Test
  void aReversalCannotBeReversed() throws Exception {
    String original = pay("transfer", "200.00", ALICE, BOB).text("objectReference");
    String reversal = awaitFinal(client.post("reversal", newId(),
        "{\"originalTransactionReference\":\"" + original + "\"}", null).text("serverCorrelationId"))
        .text("objectReference");

    assertThat(reversalError(reversal, null)).isEqualTo("businessRule/incorrectState");
  }

  @Test
  void concurrentTransfersNeverCreateOrDestroyMoneyNorOverdraw() throws Exception {
    List<Callable<String>> tasks = new ArrayList<>();
    String[] parties = {ALICE, BOB, AGENT, MERCHANT};
    for (int i = 0; i < 40; i++) {
      String from = parties[i % 4];
      String to = parties[(i + 1 + (i / 4) % 3) % 4];
      String amount = (i % 7 + 1) * 150 + ".00";
      tasks.add(() -> pay("transfer", amount, from, to).text("status"));
    }

    List<String> statuses = Concurrently.run(tasks);

    assertThat(statuses).containsOnly("completed", "failed").contains("completed");
    assertConserved();
    for (String p : parties) {
      assertThat(balance(p).minor()).isNotNegative();
    }
    assertThat(sim.transactions()).hasSize((int) statuses.stream().filter("completed"::equals).count());
  }

  private String reversalError(String original, String amount) throws Exception {
    String body = amount == null
        ? "{\"originalTransactionReference\":\"" + original + "\"}"
        : "{\"originalTransactionReference\":\"" + original + "\",\"amount\":\"" + amount + "\",\"currency\":\"TZS\"}";
    MmapiTestClient.Reply state = awaitFinal(client.post("reversal", newId(), body, null).text("serverCorrelationId"));
    assertThat(state.text("status")).isEqualTo("failed");
    return state.json().at("/errorReference/errorCategory").asText() + "/"
        + state.json().at("/errorReference/errorCode").asText();
  }
}
