package io.starhash.core.mmo;

import static io.starhash.core.mmo.FakeMmo.accepted;
import static io.starhash.core.mmo.FakeMmo.completedState;
import static io.starhash.core.mmo.FakeMmo.error;
import static io.starhash.core.mmo.FakeMmo.json;
import static io.starhash.core.mmo.FakeMmo.transaction;
import static io.starhash.core.mmo.MmoFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A restarted engine finishes what a crash interrupted, each transaction exactly once. */
class ResumeTest extends GatewayHarness {

  private static final String POST = "/transactions/type/deposit";

  private JournalEntry journaled(String id) {
    JournalEntry e = JournalEntry.journaled(request(id), clock.instant());
    join(journal.create(e));
    return e;
  }

  private void store(JournalEntry e) {
    join(journal.advance(e));
  }

  @Test
  void resumeFinishesEveryUnfinishedEntryExactlyOnce() {
    Instant t = clock.instant();
    journaled("resume-000A");
    store(journaled("resume-000B").attempted(t).inDoubt(t));
    store(journaled("resume-000C").attempted(t).posted("scid-C", t));
    store(journaled("resume-000D").attempted(t));
    store(journaled("resume-000E").attempted(t).inDoubt(t));
    store(journaled("resume-000F").completed("REF-F", t));
    mmo.on("GET", "/responses/resume-000A", json(404, error("identification", "genericError")));
    mmo.on("POST", POST, json(202, accepted("scid-A")));
    mmo.on("GET", "/requeststates/scid-A", json(200, completedState("scid-A", "REF-A")));
    mmo.on("GET", "/responses/resume-000B", json(200, accepted("scid-B")));
    mmo.on("GET", "/requeststates/scid-B", json(200, completedState("scid-B", "REF-B")));
    mmo.on("GET", "/requeststates/scid-C", json(200, completedState("scid-C", "REF-C")));
    mmo.on("GET", "/responses/resume-000D", json(200, "{\"link\":\"/transactions/REF-D\"}"));
    mmo.on("GET", "/transactions/REF-D", json(200, transaction("REF-D")));
    mmo.on("GET", "/responses/resume-000E", json(200, "{\"serverCorrelationId\":\"scid-E\","
        + "\"status\":\"failed\",\"error\":" + error("businessRule", "insufficientFunds") + "}"));
    HttpMmoGateway restarted = gateway(MmoFixtures.quick(mmo.base()));

    assertThat(join(restarted.resume())).isEqualTo(5);

    await().until(() -> heard.total() == 5 && restarted.following() == 0);
    for (String x : List.of("A", "B", "C", "D")) {
      assertThat(heard.of("resume-000" + x))
          .containsExactly(new TxResult.Completed("resume-000" + x, "REF-" + x));
    }
    assertThat(heard.of("resume-000E")).singleElement().isInstanceOf(TxResult.Declined.class);
    assertThat(mmo.seen().stream().filter(s -> s.method().equals("POST")))
        .singleElement().satisfies(s -> assertThat(s.headers()).containsEntry("x-correlationid",
            "resume-000A"));
    assertThat(join(journal.unfinished())).isEmpty();
    assertThat(join(gateway(MmoFixtures.quick(mmo.base())).resume())).isZero();
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
  }

  @Test
  void aCrashBetweenPostAndResultIsRecoveredOnRestartWithoutASecondPost() {
    String id = "crash-0001";
    HttpMmoGateway crashing = gateway(MmoFixtures.quick(mmo.base()));
    mmo.on("POST", POST, mmo.hang());
    crashing.submit(request(id));
    await().until(() -> mmo.count("POST", POST) == 1);
    crashing.close();
    assertThat(entry(id, JournalEntry::state)).contains(TxState.JOURNALED);
    mmo.on("GET", "/responses/" + id, json(200, accepted("scid-X")));
    mmo.on("GET", "/requeststates/scid-X", json(200, accepted("scid-X")),
        json(200, completedState("scid-X", "REF-X")));

    HttpMmoGateway restarted = gateway(MmoFixtures.quick(mmo.base()));
    assertThat(join(restarted.resume())).isEqualTo(1);

    await().until(() -> heard.of(id).equals(List.of(new TxResult.Completed(id, "REF-X"))));
    assertThat(mmo.count("POST", POST)).isEqualTo(1);
    assertThat(entry(id, JournalEntry::state)).contains(TxState.COMPLETED);
  }

  @Test
  void aJournaledEntryIsNeverPostedWhileTheMmoCannotSayWhetherItHasIt() {
    String id = "resume-0010";
    journaled(id);
    mmo.on("GET", "/responses/" + id, json(503, error("serviceUnavailable", "genericError")));
    HttpMmoGateway restarted = gateway(MmoFixtures.quick(mmo.base()));

    assertThat(join(restarted.resume())).isEqualTo(1);
    await().until(() -> mmo.count("GET", "/responses/" + id) >= 3);
    clock.advance(Duration.ofMinutes(11));

    await().until(() -> restarted.following() == 0);
    assertThat(mmo.count("POST", POST)).isZero();
    assertThat(entry(id, JournalEntry::state)).contains(TxState.IN_DOUBT);
    assertThat(heard.total()).isZero();
  }

  @Test
  void submittingAnIdLeftUnfinishedByACrashFollowsItInsteadOfPostingIt() {
    String id = "resume-0011";
    store(journaled(id).attempted(clock.instant()).posted("scid-11", clock.instant()));
    mmo.on("GET", "/requeststates/scid-11", json(200, completedState("scid-11", "REF-11")));

    TxResult result = submit(gateway(MmoFixtures.quick(mmo.base())), request(id));

    assertThat(result).isEqualTo(new TxResult.Completed(id, "REF-11"));
    assertThat(mmo.count("POST", POST)).isZero();
    assertThat(heard.total()).isZero();
  }
}
