package io.starhash.core.mmo;

import static io.starhash.core.mmo.FakeMmo.accepted;
import static io.starhash.core.mmo.FakeMmo.completedState;
import static io.starhash.core.mmo.FakeMmo.error;
import static io.starhash.core.mmo.FakeMmo.json;
import static io.starhash.core.mmo.FakeMmo.transaction;
import static io.starhash.core.mmo.MmoFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.money.Money;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.FreePorts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class SubmitTest extends GatewayHarness {

  private static final String POST = "/transactions/type/deposit";

  @Test
  void acceptedThenCallbackCompletesWithTheHeadersAndBodyOfMmapi() throws Exception {
    String id = "cash-in-0001";
    HttpMmoGateway gateway = gateway(MmoFixtures.callbacksOnly(mmo.base(), Duration.ofSeconds(5)));
    mmo.on("POST", POST, json(202, accepted("scid-1")).andThen(() -> gateway.onCallback(id,
        transaction("REF-1").getBytes(StandardCharsets.UTF_8))));

    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Completed(id, "REF-1"));

    FakeMmo.Seen post = mmo.seen().get(0);
    assertThat(post.path()).isEqualTo(POST);
    assertThat(post.headers()).containsEntry("x-correlationid", id)
        .containsEntry("x-callback-url", "http://127.0.0.1:9/mmo/callback/" + id)
        .containsEntry("content-type", "application/json");
    assertThat(Instant.parse(post.headers().get("x-date"))).isEqualTo(clock.instant());
    JsonNode body = MmapiJson.MAPPER.readTree(post.body());
    assertThat(body.get("amount").asText()).isEqualTo("100.00");
    assertThat(body.get("currency").asText()).isEqualTo("TZS");
    assertThat(body.at("/debitParty/0/key").asText()).isEqualTo("msisdn");
    assertThat(body.at("/debitParty/0/value").asText()).isEqualTo("+255712000002");
    assertThat(body.at("/creditParty/0/value").asText()).isEqualTo("+255712000001");
    assertThat(body.get("descriptionText").asText()).isEqualTo("cash-in");
    assertThat(mmo.count("GET", "/")).isZero();
    assertThat(entry(id, JournalEntry::state)).contains(TxState.COMPLETED);
    assertThat(heard.total()).as("submit returned the result; nobody else to tell").isZero();
    // The callback can complete the transaction before the POST's own answer is counted.
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertThat(requests("transactions", "2xx")).isEqualTo(1.0);
      assertThat(registry.find("mmo.request.latency").tag("endpoint", "transactions").timer().count())
          .isEqualTo(1);
    });
  }

  @Test
  void acceptedWithoutCallbackIsPolledUntilCompleted() {
    String id = "cash-in-0002";
    mmo.on("POST", POST, json(202, accepted("scid-2")));
    mmo.on("GET", "/requeststates/scid-2", json(200, accepted("scid-2")),
        json(200, accepted("scid-2")), json(200, completedState("scid-2", "REF-2")));

    assertThat(submit(gateway(MmoFixtures.quick(mmo.base())), request(id)))
        .isEqualTo(new TxResult.Completed(id, "REF-2"));
    assertThat(mmo.count("GET", "/requeststates/scid-2")).isEqualTo(3);
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
    assertThat(entry(id)).hasValueSatisfying(e -> {
      assertThat(e.transactionReference()).contains("REF-2");
      assertThat(e.serverCorrelationId()).contains("scid-2");
      assertThat(e.attempts()).isEqualTo(1);
    });
  }

  @Test
  void insufficientFundsIsDeclinedAtOnceAndNeverRetried() {
    String id = "cash-in-0003";
    mmo.on("POST", POST, json(400, error("businessRule", "insufficientFunds")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isInstanceOf(TxResult.Declined.class);
    assertThat(((TxResult.Declined) result).error().code()).isEqualTo(MmoError.INSUFFICIENT_FUNDS);
    assertThat(mmo.seen()).hasSize(1);
    assertThat(entry(id, JournalEntry::state)).contains(TxState.FAILED);
  }

  @Test
  void serviceUnavailableIsLookedUpThenPostedAgainAndAcceptedOnce() {
    String id = "cash-in-0004";
    mmo.on("POST", POST, json(503, error("serviceUnavailable", "genericError")),
        json(202, accepted("scid-4")));
    mmo.on("GET", "/responses/" + id, json(404, error("identification", "genericError")));
    mmo.on("GET", "/requeststates/scid-4", json(200, completedState("scid-4", "REF-4")));

    assertThat(submit(gateway(MmoFixtures.quick(mmo.base())), request(id)))
        .isEqualTo(new TxResult.Completed(id, "REF-4"));
    List<String> calls = mmo.seen().stream().map(s -> s.method() + " " + s.path()).toList();
    assertThat(calls).startsWith("POST " + POST, "GET /responses/" + id, "POST " + POST);
    assertThat(mmo.count("POST", POST)).isEqualTo(2);
    assertThat(requests("transactions", "2xx")).as("accepted posts").isEqualTo(1.0);
    assertThat(entry(id, JournalEntry::attempts)).contains(2);
  }

  @Test
  void theSameIdSubmittedTwiceIsPostedOnce() throws Exception {
    String id = "cash-in-0005";
    HttpMmoGateway gateway = gateway(MmoFixtures.quick(mmo.base()));
    mmo.on("POST", POST, json(202, accepted("scid-5")));
    mmo.on("GET", "/requeststates/scid-5", json(200, completedState("scid-5", "REF-5")));

    List<Callable<TxResult>> twice = List.of(() -> submit(gateway, request(id)),
        () -> submit(gateway, request(id)));
    assertThat(Concurrently.run(twice)).containsOnly(new TxResult.Completed(id, "REF-5"));
    assertThat(submit(gateway, request(id))).isEqualTo(new TxResult.Completed(id, "REF-5"));
    assertThat(submit(gateway(MmoFixtures.quick(mmo.base())), request(id)))
        .as("another process over the same journal").isEqualTo(new TxResult.Completed(id, "REF-5"));
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
  }

  @Test
  void anIdReusedForAnotherTransactionIsDeclinedAndNotPosted() {
    String id = "cash-in-0006";
    HttpMmoGateway gateway = gateway(MmoFixtures.quick(mmo.base()));
    mmo.on("POST", POST, json(400, error("businessRule", "insufficientFunds")));
    submit(gateway, request(id));
    TxRequest other = new TxRequest(id, TxType.DEPOSIT, new Money(1, "TZS"),
        MmoFixtures.AGENT, MmoFixtures.CUSTOMER, "");

    TxResult result = submit(gateway, other);

    assertThat(result).isInstanceOf(TxResult.Declined.class);
    assertThat(((TxResult.Declined) result).error().code()).isEqualTo("duplicateRequest");
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
  }

  @Test
  void anMmoThatIsDownIsUnavailableQuicklyAfterBoundedPosts() {
    String id = "cash-in-0007";
    URI nowhere = URI.create("http://127.0.0.1:" + FreePorts.loopback() + "/v1.2/mm");
    long start = System.nanoTime();

    TxResult result = submit(gateway(MmoFixtures.quick(nowhere)), request(id));

    assertThat(result).isInstanceOf(TxResult.Unavailable.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(requests("transactions", "not_sent")).isEqualTo(3.0);
    assertThat(entry(id, JournalEntry::state)).contains(TxState.FAILED);
    assertThat(entry(id).orElseThrow().error().orElseThrow().isServiceUnavailable()).isTrue();
  }

  @Test
  void anMmoAnswering503IsAskedBeforeEachRetryAndGivenUpAfterThreePosts() {
    String id = "cash-in-0008";
    mmo.on("POST", POST, json(503, error("serviceUnavailable", "genericError")));
    mmo.on("GET", "/responses/" + id, json(404, error("identification", "genericError")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isInstanceOf(TxResult.Unavailable.class);
    assertThat(mmo.count("POST", POST)).isEqualTo(3);
    assertThat(mmo.count("GET", "/responses/" + id)).isEqualTo(3);
  }

  @Test
  void aPostAnswered500MayHaveBeenBookedSoItIsNeverPostedAgainWhileTheStatusIsUnknown() {
    String id = "cash-in-0011";
    mmo.on("POST", POST, json(500, error("internal", "genericError")));
    mmo.on("GET", "/responses/" + id, json(500, error("internal", "genericError")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isInstanceOf(TxResult.Pending.class);
    await().atMost(Duration.ofSeconds(5)).until(() -> mmo.count("GET", "/responses/" + id) >= 2);
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
  }

  @Test
  void aPostAnswered500ThatTheMmoNeverReceivedIsPostedAgain() {
    String id = "cash-in-0012";
    mmo.on("POST", POST, json(500, error("internal", "genericError")),
        json(202, "{\"serverCorrelationId\":\"s-12\",\"status\":\"completed\",\"objectReference\":\"T12\"}"));
    mmo.on("GET", "/responses/" + id, json(404, error("identification", "genericError")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(mmo.count("GET", "/responses/" + id)).isGreaterThanOrEqualTo(1);
    assertThat(mmo.count("POST", POST)).isEqualTo(2);
    assertThat(result).isNotInstanceOf(TxResult.Unavailable.class);
  }

  @Test
  void aJournalWriteThatFailedButLandedIsFailedSoThatNoResumePostsIt() {
    InMemoryJournal real = new InMemoryJournal();
    journal = new WrittenThenFailedJournal(real);
    String id = "cash-in-0010";

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isInstanceOf(TxResult.Unavailable.class);
    await().until(() -> entry(id, JournalEntry::state)
        .orElseThrow() == TxState.FAILED);
    journal = real;
    assertThat(join(gateway(MmoFixtures.quick(mmo.base())).resume())).isZero();
    assertThat(mmo.seen()).isEmpty();
  }

  @Test
  void aJournalThatCannotBeWrittenMeansNothingIsPosted() {
    journal = new UnreachableJournal();
    String id = "cash-in-0009";
    mmo.on("POST", POST, json(202, accepted("scid-9")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isEqualTo(new TxResult.Unavailable(id, "journal unavailable"));
    assertThat(mmo.seen()).isEmpty();
  }
}
