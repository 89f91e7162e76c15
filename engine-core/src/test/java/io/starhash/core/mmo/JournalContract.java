package io.starhash.core.mmo;

import static io.starhash.core.mmo.MmoFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.money.Money;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link Journal} must do; subclasses say which journal (public for mmo.redis). */
public abstract class JournalContract {

  protected final MutableClock clock = MutableClock.start();

  protected abstract Journal journal();

  protected static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private JournalEntry entry(String id) {
    return JournalEntry.journaled(request(id), clock.instant());
  }

  @Test
  void createIsAtomicAndKeepsTheFirstEntry() throws Exception {
    JournalEntry first = entry("journal-0001");
    TxRequest other = new TxRequest("journal-0001", TxType.TRANSFER, new Money(1, "TZS"),
        MmoFixtures.CUSTOMER, MmoFixtures.AGENT, "");

    assertThat(await(journal().create(first))).isEqualTo(new Journal.Created(first, true));
    Journal.Created again = await(journal().create(JournalEntry.journaled(other, clock.instant())));

    assertThat(again).isEqualTo(new Journal.Created(first, false));
    assertThat(await(journal().find("journal-0001"))).contains(first);
  }

  @Test
  void ofManyConcurrentCreatesOfOneIdExactlyOneIsFresh() throws Exception {
    List<Callable<Boolean>> creates = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      creates.add(() -> await(journal().create(entry("journal-0002"))).fresh());
    }
    assertThat(Concurrently.run(creates)).containsOnlyOnce(true);
  }

  @Test
  void advanceFollowsTheStatesAndAFinalStateNeverChanges() throws Exception {
    Instant t = clock.instant();
    JournalEntry e = entry("journal-0003");
    await(journal().create(e));
    JournalEntry posted = e.attempted(t).posted("scid-3", t);
    assertThat(await(journal().advance(posted))).isEqualTo(posted);
    JournalEntry done = posted.completed("REF-3", t.plusSeconds(1));
    assertThat(await(journal().advance(done))).isEqualTo(done);

    JournalEntry late = posted.failed(new MmoError("businessRule", "insufficientFunds", "x"), t);
    assertThat(await(journal().advance(late))).isEqualTo(done);
    assertThat(await(journal().advance(posted.inDoubt(t)))).isEqualTo(done);
    assertThat(await(journal().find("journal-0003"))).contains(done);
  }

  @Test
  void unfinishedListsTheEntriesWithoutAFinalStateOldestFirst() throws Exception {
    Instant t = clock.instant();
    JournalEntry a = entry("journal-000a");
    clock.advance(Duration.ofSeconds(1));
    JournalEntry b = entry("journal-000b");
    clock.advance(Duration.ofSeconds(1));
    JournalEntry c = entry("journal-000c");
    clock.advance(Duration.ofSeconds(1));
    JournalEntry d = entry("journal-000d");
    for (JournalEntry x : List.of(d, b, a, c)) {
      await(journal().create(x));
    }
    JournalEntry bInDoubt = b.attempted(t).inDoubt(t);
    await(journal().advance(bInDoubt));
    await(journal().advance(c.failed(MmoError.unavailable("down"), t)));
    await(journal().advance(d.completed("REF-D", t)));

    assertThat(await(journal().unfinished())).containsExactly(a, bInDoubt);
    assertThat(await(journal().find("journal-000e"))).isEqualTo(Optional.empty());
  }
}
