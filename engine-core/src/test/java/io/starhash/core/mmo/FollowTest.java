package io.starhash.core.mmo;

import static io.starhash.core.mmo.FakeMmo.accepted;
import static io.starhash.core.mmo.FakeMmo.completedState;
import static io.starhash.core.mmo.FakeMmo.error;
import static io.starhash.core.mmo.FakeMmo.json;
import static io.starhash.core.mmo.FakeMmo.transaction;
import static io.starhash.core.mmo.MmoFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.testing.Concurrently;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Following a transaction after its post: timeouts, callbacks, polling, the wait limits. */
class FollowTest extends GatewayHarness {

  private static final String POST = "/transactions/type/deposit";
  private static final Duration SHORT_WAIT = Duration.ofMillis(200);

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPostThatTimesOutIsLookedUpAndFollowedNeverPostedAgain() {
    String id = "cash-in-0011";
    mmo.on("POST", POST, mmo.hang());
    mmo.on("GET", "/responses/" + id, json(200, "{\"link\":\"/transactions/REF-11\"}"));
    mmo.on("GET", "/transactions/REF-11", json(200, transaction("REF-11")));

    assertThat(submit(gateway(MmoFixtures.quick(mmo.base())), request(id)))
        .isEqualTo(new TxResult.Completed(id, "REF-11"));
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
    assertThat(requests("transactions", "lost")).isEqualTo(1.0);
  }

  @Test
  void aConnectionBrokenAfterThePostIsInDoubtTooAndANotReceivedOneIsPostedAgain() {
    String id = "cash-in-0020";
    mmo.on("POST", POST, FakeMmo.drop(), json(202, accepted("scid-20")));
    mmo.on("GET", "/responses/" + id, json(404, error("identification", "genericError")));
    mmo.on("GET", "/requeststates/scid-20", json(200, completedState("scid-20", "REF-20")));

    assertThat(submit(gateway(MmoFixtures.quick(mmo.base())), request(id)))
        .isEqualTo(new TxResult.Completed(id, "REF-20"));
    List<String> calls = mmo.seen().stream().map(s -> s.method() + " " + s.path()).toList();
    assertThat(calls).startsWith("POST " + POST, "GET /responses/" + id, "POST " + POST);
    assertThat(requests("transactions", "lost")).isEqualTo(1.0);
  }

  @Test
  void aPostInDoubtIsNotPostedAgainUntilTheMmoSaysItNeverGotIt() {
    String id = "cash-in-0012";
    HttpMmoGateway gateway = gateway(MmoFixtures.withFinalWait(MmoFixtures.quick(mmo.base()),
        SHORT_WAIT));
    mmo.on("POST", POST, mmo.hang());
    mmo.on("GET", "/responses/" + id, json(503, error("serviceUnavailable", "genericError")));

    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Pending(id));
    await().until(() -> mmo.count("GET", "/responses/" + id) >= 3);
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
    assertThat(entry(id, JournalEntry::state)).contains(TxState.IN_DOUBT);

    mmo.on("POST", POST, json(202, accepted("scid-12")));
    mmo.on("GET", "/requeststates/scid-12", json(200, completedState("scid-12", "REF-12")));
    mmo.on("GET", "/responses/" + id, json(404, error("identification", "genericError")));

    await().until(() -> heard.of(id).equals(List.of(new TxResult.Completed(id, "REF-12"))));
    assertThat(mmo.count("POST", POST)).isEqualTo(2);
  }

  @Test
  void aDuplicateCallbackTellsTheListenersOnce() throws Exception {
    String id = "cash-in-0013";
    HttpMmoGateway gateway = gateway(MmoFixtures.callbacksOnly(mmo.base(), SHORT_WAIT));
    mmo.on("POST", POST, json(202, accepted("scid-13")));
    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Pending(id));
    await().until(() -> entry(id, JournalEntry::state).orElseThrow() == TxState.POSTED);

    List<Callable<Boolean>> twice = List.of(
        () -> { gateway.onCallback(id, bytes(transaction("REF-13"))); return true; },
        () -> { gateway.onCallback(id, bytes(transaction("REF-13"))); return true; });
    Concurrently.run(twice);
    await().until(() -> gateway.following() == 0);
    gateway.onCallback(id, bytes(transaction("REF-13")));

    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
        .until(() -> heard.of(id).equals(List.of(new TxResult.Completed(id, "REF-13"))));
    assertThat(entry(id, JournalEntry::state)).contains(TxState.COMPLETED);
    assertThat(registry.find("mmo.callbacks").tag("outcome", "final").counter().count())
        .isEqualTo(3.0);
  }

  @Test
  void anErrorCallbackDeclines() {
    String id = "cash-in-0014";
    HttpMmoGateway gateway = gateway(MmoFixtures.callbacksOnly(mmo.base(), Duration.ofSeconds(5)));
    mmo.on("POST", POST, json(202, accepted("scid-14")).andThen(() -> gateway.onCallback(id,
        bytes(error("businessRule", "insufficientFunds")))));

    TxResult result = submit(gateway, request(id));

    assertThat(result).isInstanceOf(TxResult.Declined.class);
    assertThat(((TxResult.Declined) result).error().code()).isEqualTo("insufficientFunds");
  }

  @Test
  void pastTheFinalWaitSubmitSaysPendingAndTheListenersHearTheEnd() {
    String id = "cash-in-0015";
    HttpMmoGateway gateway = gateway(MmoFixtures.withFinalWait(MmoFixtures.quick(mmo.base()),
        SHORT_WAIT));
    mmo.on("POST", POST, json(202, accepted("scid-15")));
    mmo.on("GET", "/requeststates/scid-15", json(200, accepted("scid-15")));

    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Pending(id));
    assertThat(heard.total()).isZero();
    mmo.on("GET", "/requeststates/scid-15", json(200, completedState("scid-15", "REF-15")));

    await().until(() -> heard.of(id).equals(List.of(new TxResult.Completed(id, "REF-15"))));
    assertThat(entry(id, JournalEntry::state)).contains(TxState.COMPLETED);
  }

  @Test
  void aCallbackForATransactionThisProcessDoesNotFollowFinishesItsJournalEntry() {
    String id = "cash-in-0016";
    JournalEntry posted = JournalEntry.journaled(request(id), clock.instant())
        .attempted(clock.instant()).posted("scid-16", clock.instant());
    join(journal.create(posted));
    HttpMmoGateway gateway = gateway(MmoFixtures.callbacksOnly(mmo.base(), SHORT_WAIT));

    gateway.onCallback(id, bytes(transaction("REF-16")));

    await().until(() -> heard.of(id).equals(List.of(new TxResult.Completed(id, "REF-16"))));
    assertThat(entry(id, JournalEntry::state)).contains(TxState.COMPLETED);
    gateway.onCallback(id, bytes(error("businessRule", "insufficientFunds")));
    await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
        .until(() -> heard.total() == 1 && gateway.following() == 0);
    assertThat(mmo.seen()).isEmpty();
  }

  @Test
  void badCallbacksAreIgnoredAndCounted() {
    HttpMmoGateway gateway = gateway(MmoFixtures.quick(mmo.base()));

    gateway.onCallback("bad id with spaces", bytes(transaction("REF")));
    gateway.onCallback("cash-in-0017", bytes("not json"));
    gateway.onCallback("cash-in-0018", bytes(transaction("REF-18")));

    assertThat(registry.find("mmo.callbacks").tag("outcome", "malformed").counter().count())
        .isEqualTo(1.0);
    assertThat(registry.find("mmo.callbacks").tag("outcome", "unreadable").counter().count())
        .isEqualTo(1.0);
    await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2))
        .until(() -> heard.total() == 0 && gateway.following() == 0);
    assertThat(entry("cash-in-0018")).isEmpty();
  }

  @Test
  void aTransactionNotFinalAfterTheFollowLimitIsLeftInDoubtForReconciliation() {
    String id = "cash-in-0019";
    HttpMmoGateway gateway = gateway(MmoFixtures.withFinalWait(MmoFixtures.quick(mmo.base()),
        SHORT_WAIT));
    mmo.on("POST", POST, json(202, accepted("scid-19")));
    mmo.on("GET", "/requeststates/scid-19", json(200, accepted("scid-19")));
    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Pending(id));

    clock.advance(Duration.ofMinutes(11));

    await().until(() -> gateway.following() == 0);
    assertThat(entry(id, JournalEntry::state)).contains(TxState.IN_DOUBT);
    assertThat(entry(id).orElseThrow().serverCorrelationId()).contains("scid-19");
    assertThat(heard.total()).isZero();
    assertThat(registry.find("mmo.transactions").tag("outcome", "abandoned").counter().count())
        .isEqualTo(1.0);
  }
}
