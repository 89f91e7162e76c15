package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.testing.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends SimTestBase {

  @Test
  void theSameCorrelationIdAgainAnswersTheExistingRequestAndMovesNoMoreMoney() throws Exception {
    String id = newId();
    String body = MmapiTestClient.payment("100.00", ALICE, BOB);
    MmapiTestClient.Reply first = client.post("transfer", id, body, null);
    MmapiTestClient.Reply done = awaitFinal(first.text("serverCorrelationId"));

    MmapiTestClient.Reply again = client.post("transfer", id, body, null);

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.text("serverCorrelationId")).isEqualTo(first.text("serverCorrelationId"));
    assertThat(again.text("status")).isEqualTo("completed");
    assertThat(again.text("objectReference")).isEqualTo(done.text("objectReference"));
    assertThat(sim.transactions()).hasSize(1);
    assertThat(balance(ALICE)).isEqualTo(tzs("900.00"));
    assertConserved();
  }

  @Test
  void aFailedRequestResentStaysFailedEvenAfterFundsArrive() throws Exception {
    String id = newId();
    String body = MmapiTestClient.payment("600.00", BOB, ALICE);
    awaitFinal(client.post("transfer", id, body, null).text("serverCorrelationId"));
    pay("deposit", "1000.00", AGENT, BOB);

    MmapiTestClient.Reply again = client.post("transfer", id, body, null);

    assertThat(again.text("status")).isEqualTo("failed");
    assertThat(again.json().at("/errorReference/errorCode").asText()).isEqualTo("insufficientFunds");
    assertThat(balance(BOB)).isEqualTo(tzs("1500.00"));
  }

  @Test
  void theSameCorrelationIdRacingItselfCreatesOneTransaction() throws Exception {
    String id = newId();
    String body = MmapiTestClient.payment("10.00", ALICE, BOB);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tasks.add(() -> client.post("transfer", id, body, null).text("serverCorrelationId"));
    }

    List<String> serverIds = Concurrently.run(tasks);

    assertThat(serverIds).hasSize(8).containsOnly(serverIds.get(0));
    awaitFinal(serverIds.get(0));
    assertThat(sim.transactions()).hasSize(1);
    assertThat(balance(BOB)).isEqualTo(tzs("510.00"));
  }

  @Test
  void theSameCorrelationIdForADifferentRequestIsADuplicateRequest() throws Exception {
    String id = newId();
    client.post("transfer", id, MmapiTestClient.payment("10.00", ALICE, BOB), null);

    MmapiTestClient.Reply other = client.post("transfer", id, MmapiTestClient.payment("20.00", ALICE, BOB), null);
    MmapiTestClient.Reply otherType = client.post("merchantpay", id, MmapiTestClient.payment("10.00", ALICE, BOB), null);

    assertThat(other.status()).isEqualTo(400);
    assertThat(other.text("errorCategory")).isEqualTo("businessRule");
    assertThat(other.text("errorCode")).isEqualTo("duplicateRequest");
    assertThat(otherType.text("errorCode")).isEqualTo("duplicateRequest");
  }
}
