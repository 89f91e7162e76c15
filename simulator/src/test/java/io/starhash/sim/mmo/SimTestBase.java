package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A started simulator on port 0 with a few accounts, a client, and the checks every test uses. */
abstract class SimTestBase {

  static final String AGENT = "accountid:AGENT1";
  static final String ALICE = "msisdn:+255712000001";
  static final String BOB = "msisdn:+255712000002";
  static final String MERCHANT = "accountid:M4321";
  static final String ORG = "accountid:ORG1";
  static final String STRANGER = "msisdn:+255712999999";
  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  final MutableClock clock = MutableClock.at(START);
  MmoSimulator sim;
  MmapiTestClient client;

  /** The settings of the simulator under test; the maximum is 5,000.00 TZS. */
  MmoSimulatorSettings settings() {
    return MmoSimulatorSettings.defaults().withClock(clock).withMaxTransaction(tzs("5000.00"));
  }

  @BeforeEach
  void startSimulator() throws Exception {
    sim = MmoSimulator.start(settings());
    client = new MmapiTestClient(sim);
    sim.openAccount(party(AGENT), "Agent One", tzs("10000.00"));
    sim.openAccount(party(ALICE), "Alice Mwita", tzs("1000.00"));
    sim.openAccount(party(BOB), "Bob Juma", tzs("500.00"));
    sim.openAccount(party(MERCHANT), "Duka la Mama", tzs("0.00"));
    sim.openAccount(party(ORG), "Cooperative", tzs("50000.00"));
  }

  @AfterEach
  void stopSimulator() {
    sim.close();
  }

  static Money tzs(String amount) {
    return Money.parse(amount, "TZS").orElseThrow();
  }

  /** {@code "idType:id"} as a party. */
  static Party party(String text) {
    int colon = text.indexOf(':');
    return new Party(text.substring(0, colon), text.substring(colon + 1));
  }

  static String newId() {
    return "cc-" + UUID.randomUUID();
  }

  Money balance(String party) {
    return sim.balance(party(party)).orElseThrow();
  }

  void assertConserved() {
    assertThat(sim.totalBalance()).isEqualTo(sim.totalIssued());
  }

  /** Polls the request state until it is no longer pending and returns it. */
  MmapiTestClient.Reply awaitFinal(String serverCorrelationId) {
    return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
        .until(() -> client.get("/requeststates/" + serverCorrelationId),
            r -> r.status() == 200 && !"pending".equals(r.text("status")));
  }

  /** Posts a payment without a callback and waits for its final request state. */
  MmapiTestClient.Reply pay(String type, String amount, String debit, String credit) throws Exception {
    MmapiTestClient.Reply accepted = client.post(type, newId(), MmapiTestClient.payment(amount, debit, credit), null);
    assertThat(accepted.status()).isEqualTo(202);
    return awaitFinal(accepted.text("serverCorrelationId"));
  }
}
