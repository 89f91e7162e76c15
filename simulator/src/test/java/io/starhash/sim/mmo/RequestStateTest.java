package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestStateTest extends SimTestBase {

  @Override
  MmoSimulatorSettings settings() {
    return super.settings().withProcessingDelay(Duration.ofMillis(300));
  }

  @Test
  void aRequestIsPendingUntilProcessedThenCompletedWithItsTransaction() throws Exception {
    String id = newId();
    MmapiTestClient.Reply accepted = client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), null);

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.text("status")).isEqualTo("pending");
    assertThat(accepted.text("clientCorrelationId")).isEqualTo(id);
    assertThat(accepted.text("notificationMethod")).isEqualTo("polling");
    assertThat(accepted.json().get("pollLimit").asInt()).isEqualTo(100);
    assertThat(accepted.json().has("objectReference")).isFalse();
    assertThat(accepted.headers().firstValue("X-Date")).hasValue("Sun, 1 Mar 2026 08:00:00 GMT");
    String serverId = accepted.text("serverCorrelationId");
    assertThat(client.get("/requeststates/" + serverId).text("status")).isEqualTo("pending");
    assertThat(balance(ALICE)).isEqualTo(tzs("1000.00"));

    MmapiTestClient.Reply done = awaitFinal(serverId);

    assertThat(done.text("status")).isEqualTo("completed");
    assertThat(done.text("serverCorrelationId")).isEqualTo(serverId);
    assertThat(done.text("objectReference")).isEqualTo(sim.transactions().get(0).reference());
    assertThat(done.json().has("errorReference")).isFalse();
  }

  @Test
  void responsesPointToTheRequestStateWhilePendingThenToTheTransaction() throws Exception {
    String id = newId();
    String serverId = client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), null)
        .text("serverCorrelationId");

    MmapiTestClient.Reply pending = client.get("/responses/" + id);
    assertThat(pending.status()).isEqualTo(200);
    assertThat(pending.text("clientCorrelationId")).isEqualTo(id);
    assertThat(pending.text("objectReference")).isEqualTo(serverId);
    assertThat(pending.text("link")).isEqualTo("/v1.2/mm/requeststates/" + serverId);

    String reference = awaitFinal(serverId).text("objectReference");
    MmapiTestClient.Reply completed = client.get("/responses/" + id);
    assertThat(completed.text("objectReference")).isEqualTo(reference);
    assertThat(completed.text("link")).isEqualTo("/v1.2/mm/transactions/" + reference);
    assertThat(client.get(completed.text("link").substring("/v1.2/mm".length())).text("transactionReference"))
        .isEqualTo(reference);
  }

  @Test
  void aFailedRequestsResponsePointsToItsRequestState() throws Exception {
    String id = newId();
    String serverId = client.post("transfer", id, MmapiTestClient.payment("100.00", STRANGER, BOB), null)
        .text("serverCorrelationId");
    awaitFinal(serverId);

    assertThat(client.get("/responses/" + id).text("link")).isEqualTo("/v1.2/mm/requeststates/" + serverId);
  }

  @Test
  void unknownIdsAreIdentificationErrors() throws Exception {
    MmapiTestClient.Reply state = client.get("/requeststates/no-such-id");
    MmapiTestClient.Reply response = client.get("/responses/no-such-id");

    assertThat(state.status()).isEqualTo(404);
    assertThat(state.text("errorCategory")).isEqualTo("identification");
    assertThat(state.text("errorCode")).isEqualTo("identifierError");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.text("errorCode")).isEqualTo("identifierError");
  }
}
