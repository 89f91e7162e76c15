package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallbacksTest extends SimTestBase {

  private CallbackReceiver receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new CallbackReceiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void aCompletedTransactionIsPutToTheCallbackUrlAsTheTransactionObject() throws Exception {
    String id = newId();
    MmapiTestClient.Reply accepted = client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB),
        receiver.url("/callbacks/" + id));
    assertThat(accepted.text("notificationMethod")).isEqualTo("callback");

    CallbackReceiver.Received cb = awaitCallbacks(id, 1).get(0);

    assertThat(cb.method()).isEqualTo("PUT");
    assertThat(cb.path()).isEqualTo("/callbacks/" + id);
    assertThat(cb.contentType()).startsWith("application/json");
    JsonNode body = cb.body();
    assertThat(body.get("transactionStatus").asText()).isEqualTo("completed");
    assertThat(body.get("transactionReference").asText()).isEqualTo(sim.transactions().get(0).reference());
    assertThat(body.get("clientCorrelationId").asText()).isEqualTo(id);
    assertThat(body.get("serverCorrelationId").asText()).isEqualTo(accepted.text("serverCorrelationId"));
    assertThat(body.get("amount").asText()).isEqualTo("100.00");
    assertThat(body.has("errorCategory")).isFalse();
    assertThat(body).isEqualTo(client.get("/transactions/" + body.get("transactionReference").asText()).json());
  }

  @Test
  void aFailedTransactionIsPutAsTheErrorObjectWithBothCorrelationIds() throws Exception {
    String id = newId();
    MmapiTestClient.Reply accepted = client.post("transfer", id, MmapiTestClient.payment("600.00", BOB, ALICE),
        receiver.url("/cb"));

    JsonNode body = awaitCallbacks(id, 1).get(0).body();

    assertThat(body.get("errorCategory").asText()).isEqualTo("businessRule");
    assertThat(body.get("errorCode").asText()).isEqualTo("insufficientFunds");
    assertThat(body.get("errorDescription").asText()).isNotBlank();
    assertThat(body.get("errorDateTime").asText()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(body.get("clientCorrelationId").asText()).isEqualTo(id);
    assertThat(body.get("serverCorrelationId").asText()).isEqualTo(accepted.text("serverCorrelationId"));
    assertThat(body.has("transactionStatus")).isFalse();
  }

  @Test
  void aDuplicateCallbackFaultSendsTheSameCallbackTwice() throws Exception {
    sim.faults().set(Fault.ofDuplicateCallback());
    String id = newId();

    client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), receiver.url("/cb"));

    List<CallbackReceiver.Received> got = awaitCallbacks(id, 2);
    assertThat(got.get(0).body()).isEqualTo(got.get(1).body());
    assertThat(sim.transactions()).hasSize(1);
  }

  @Test
  void aLostCallbackFaultSendsNoneAndTheClientPolls() throws Exception {
    sim.faults().set(Fault.ofLostCallback());
    String lost = newId();
    MmapiTestClient.Reply accepted = client.post("transfer", lost, MmapiTestClient.payment("100.00", ALICE, BOB),
        receiver.url("/cb"));
    assertThat(awaitFinal(accepted.text("serverCorrelationId")).text("status")).isEqualTo("completed");

    String marker = newId();
    client.post("transfer", marker, MmapiTestClient.payment("1.00", ALICE, BOB), receiver.url("/cb"));
    awaitCallbacks(marker, 1);

    assertThat(receiver.received()).extracting(CallbackReceiver.Received::correlationId).containsExactly(marker);
  }

  @Test
  void aCallbackThatFailsIsLoggedAndChangesNothing() throws Exception {
    receiver.answerWith(500);
    String id = newId();
    client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), receiver.url("/cb"));
    awaitCallbacks(id, 1);

    String unreachable = newId();
    MmapiTestClient.Reply accepted = client.post("transfer", unreachable,
        MmapiTestClient.payment("100.00", ALICE, BOB), URI.create("http://127.0.0.1:1/nobody"));

    assertThat(awaitFinal(accepted.text("serverCorrelationId")).text("status")).isEqualTo("completed");
    assertThat(balance(ALICE)).isEqualTo(tzs("800.00"));
    assertThat(client.get("/heartbeat").status()).isEqualTo(200);
  }

  private List<CallbackReceiver.Received> awaitCallbacks(String correlationId, int n) {
    return await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedFor(correlationId),
        list -> list.size() >= n);
  }
}
