package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest extends SimTestBase {

  @Override
  MmoSimulatorSettings settings() {
    return super.settings().withTimeoutHold(Duration.ofSeconds(2));
  }

  @Test
  void aDelayKeepsTheRequestPendingThatLong() throws Exception {
    sim.faults().set(Fault.ofDelay(Duration.ofMillis(600)));
    MmapiTestClient.Reply accepted = client.post("transfer", newId(), MmapiTestClient.payment("100.00", ALICE, BOB), null);
    String serverId = accepted.text("serverCorrelationId");

    assertThat(accepted.text("status")).isEqualTo("pending");
    await().atLeast(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
        .until(() -> client.get("/requeststates/" + serverId).text("status"), "completed"::equals);
    assertThat(balance(BOB)).isEqualTo(tzs("600.00"));
    assertThat(sim.faults().current()).isEmpty();
  }

  @Test
  void anErrorStatusAnswersThatStatusAndCreatesNothing() throws Exception {
    sim.faults().set(Fault.ofErrorStatus(503));
    assertThat(client.get("/heartbeat").status()).isEqualTo(503);
    assertThat(client.get("/heartbeat").text("serviceStatus")).isEqualTo("unavailable");
    String id = newId();

    MmapiTestClient.Reply refused = client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), null);

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.text("errorCategory")).isEqualTo("serviceUnavailable");
    assertThat(refused.text("errorCode")).isEqualTo("genericError");
    assertThat(client.get("/responses/" + id).status()).isEqualTo(404);
    assertThat(sim.transactions()).isEmpty();
    assertThat(client.get("/heartbeat").status()).isEqualTo(200);
    MmapiTestClient.Reply retried = client.post("transfer", id, MmapiTestClient.payment("100.00", ALICE, BOB), null);
    assertThat(retried.status()).isEqualTo(202);
    assertThat(awaitFinal(retried.text("serverCorrelationId")).text("status")).isEqualTo("completed");
  }

  @Test
  void aFaultWithCountZeroLastsUntilCleared() throws Exception {
    sim.faults().set(Fault.ofErrorStatus(500).times(0));
    for (int i = 0; i < 3; i++) {
      MmapiTestClient.Reply r = client.post("transfer", newId(), MmapiTestClient.payment("1.00", ALICE, BOB), null);
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text("errorCategory")).isEqualTo("internal");
    }
    sim.faults().clear();

    assertThat(client.post("transfer", newId(), MmapiTestClient.payment("1.00", ALICE, BOB), null).status())
        .isEqualTo(202);
  }

  @Test
  void aTimeoutWithholdsTheAnswerButMovesTheMoneyAndTheClientCanFindOut() throws Exception {
    sim.faults().set(Fault.ofTimeout());
    String id = newId();
    String body = MmapiTestClient.payment("100.00", ALICE, BOB);

    assertThatThrownBy(() -> client.send(client.postRequest("transfer", id, body, null, Duration.ofMillis(300))))
        .isInstanceOf(HttpTimeoutException.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> balance(BOB).equals(tzs("600.00")));
    MmapiTestClient.Reply response = client.get("/responses/" + id);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text("link")).isEqualTo("/v1.2/mm/transactions/" + sim.transactions().get(0).reference());
    MmapiTestClient.Reply resent = client.post("transfer", id, body, null);
    assertThat(resent.status()).isEqualTo(202);
    assertThat(resent.text("status")).isEqualTo("completed");
    assertThat(sim.transactions()).hasSize(1);
    assertConserved();
  }

  @Test
  void aHeldRequestIsClosedWithoutAnAnswerAfterTheHold() throws Exception {
    sim.faults().set(Fault.ofTimeout());
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.post("transfer", newId(), MmapiTestClient.payment("1.00", ALICE, BOB), null))
        .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void closingTheSimulatorReleasesHeldRequests() throws Exception {
    sim.faults().set(Fault.ofTimeout().times(0));
    var pending = client.http().sendAsync(client.postRequest("transfer", newId(),
        MmapiTestClient.payment("1.00", ALICE, BOB), null, Duration.ofSeconds(30)),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    await().atMost(Duration.ofSeconds(10)).until(() -> sim.transactions().size() == 1);

    sim.close();

    await().atMost(Duration.ofSeconds(1)).until(pending::isDone);
    assertThat(pending).isCompletedExceptionally();
  }

  @Test
  void faultsAreSetShownAndClearedOverHttp() throws Exception {
    MmapiTestClient.Reply set = client.raw("POST", "/sim/faults",
        "{\"delayMs\":50,\"duplicateCallback\":true,\"count\":2}");

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("active").asBoolean()).isTrue();
    assertThat(set.json().get("delayMs").asInt()).isEqualTo(50);
    assertThat(set.json().get("remaining").asInt()).isEqualTo(2);
    assertThat(sim.faults().current()).hasValue(Fault.ofDuplicateCallback().withDelay(Duration.ofMillis(50)).times(2));
    client.post("transfer", newId(), MmapiTestClient.payment("1.00", ALICE, BOB), null);
    assertThat(client.raw("GET", "/sim/faults", null).json().get("remaining").asInt()).isEqualTo(1);

    MmapiTestClient.Reply cleared = client.raw("DELETE", "/sim/faults", null);

    assertThat(cleared.json().get("active").asBoolean()).isFalse();
    assertThat(sim.faults().current()).isEmpty();
  }

  @Test
  void aBadFaultIsRefused() throws Exception {
    MmapiTestClient.Reply both = client.raw("POST", "/sim/faults", "{\"lostCallback\":true,\"duplicateCallback\":true}");
    MmapiTestClient.Reply nothing = client.raw("POST", "/sim/faults", "{}");
    MmapiTestClient.Reply status = client.raw("POST", "/sim/faults", "{\"errorStatus\":200}");
    MmapiTestClient.Reply type = client.raw("POST", "/sim/faults", "{\"timeout\":\"yes\"}");

    assertThat(both.status()).isEqualTo(400);
    assertThat(both.text("errorCategory")).isEqualTo("validation");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(status.status()).isEqualTo(400);
    assertThat(type.text("errorCode")).isEqualTo("formatError");
    assertThat(client.raw("PUT", "/sim/faults", "{}").status()).isEqualTo(405);
    assertThat(sim.faults().current()).isEmpty();
  }
}
