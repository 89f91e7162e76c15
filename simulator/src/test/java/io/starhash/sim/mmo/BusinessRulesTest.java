package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessRulesTest extends SimTestBase {

  @ParameterizedTest
  @CsvSource({
      "500.01,  msisdn:+255712000002, msisdn:+255712000001, businessRule,   insufficientFunds",
      "10.00,   msisdn:+255712999999, msisdn:+255712000001, identification, identifierError",
      "10.00,   msisdn:+255712000001, accountid:NOPE,       identification, identifierError",
      "10.00,   msisdn:+255712000001, msisdn:+255712000001, businessRule,   samePartiesError",
      "5000.01, accountid:ORG1,       msisdn:+255712000001, businessRule,   greaterThanTransactionMaxValue"})
  void aRefusedTransactionFailsWithItsMmapiErrorAndMovesNothing(String amount, String debit, String credit,
      String category, String code) throws Exception {
    MmapiTestClient.Reply accepted = client.post("transfer", newId(), MmapiTestClient.payment(amount, debit, credit),
        null);
    assertThat(accepted.status()).isEqualTo(202);

    MmapiTestClient.Reply state = awaitFinal(accepted.text("serverCorrelationId"));

    assertThat(state.text("status")).isEqualTo("failed");
    assertThat(state.json().has("objectReference")).isFalse();
    JsonNode error = state.json().get("errorReference");
    assertThat(error.get("errorCategory").asText()).isEqualTo(category);
    assertThat(error.get("errorCode").asText()).isEqualTo(code);
    assertThat(error.get("errorDescription").asText()).isNotBlank();
    assertThat(error.get("errorDateTime").asText()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(sim.transactions()).isEmpty();
    assertThat(balance(ALICE)).isEqualTo(tzs("1000.00"));
    assertConserved();
  }

  @Test
  void theWholeBalanceCanBeSpentAndTheMaximumItselfIsAllowed() throws Exception {
    assertThat(pay("withdrawal", "1000.00", ALICE, AGENT).text("status")).isEqualTo("completed");
    assertThat(pay("disbursement", "5000.00", ORG, BOB).text("status")).isEqualTo("completed");

    assertThat(balance(ALICE)).isEqualTo(tzs("0.00"));
    assertThat(balance(BOB)).isEqualTo(tzs("5500.00"));
    assertThat(pay("transfer", "0.01", ALICE, BOB).json().at("/errorReference/errorCode").asText())
        .isEqualTo("insufficientFunds");
    assertConserved();
  }

  @Test
  void errorsDoNotLeakTheFullPhoneNumber() throws Exception {
    MmapiTestClient.Reply state = pay("transfer", "10.00", STRANGER, ALICE);

    assertThat(state.json().at("/errorReference/errorDescription").asText())
        .contains("msisdn:").doesNotContain("+255712999999");
  }
}
