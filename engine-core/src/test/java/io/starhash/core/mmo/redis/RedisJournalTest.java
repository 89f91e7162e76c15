package io.starhash.core.mmo.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.mmo.Journal;
import io.starhash.core.mmo.JournalContract;
import io.starhash.core.mmo.JournalEntry;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxRequest;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.RedisHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisJournalTest extends JournalContract {

  private RedisJournal journal;

  @BeforeEach
  void fresh() {
    RedisHarness.flushAll();
    journal = new RedisJournal(TestRedis.shared(), Duration.ofDays(30), clock);
  }

  @Override
  protected Journal journal() {
    return journal;
  }

  private JournalEntry entry(String id) {
    return JournalEntry.journaled(new TxRequest(id, TxType.MERCHANTPAY, new Money(2_550, "TZS"),
        new Party(Party.MSISDN, "+255712000001"), Party.account("4321"), "paid \"4321\""),
        clock.instant());
  }

  @Test
  void anEntryIsOneJsonValueUnderAHashTaggedKeyAndItsIdIsInTheOpenSet() throws Exception {
    JournalEntry e = entry("redis-0001");
    await(journal.create(e));

    var cli = RedisHarness.commands();
    assertThat(cli.get("sh:{tx:redis-0001}")).contains("\"state\":\"JOURNALED\"")
        .contains("\"minor\":2550");
    assertThat(cli.pttl("sh:{tx:redis-0001}")).as("unfinished entries never expire").isEqualTo(-1);
    assertThat(cli.zrange("sh:{tx}:open", 0, -1)).containsExactly("redis-0001");
    assertThat(await(journal.find("redis-0001"))).contains(e);
  }

  @Test
  void aFinalEntryLeavesTheOpenSetAndExpiresAfterTheRetention() throws Exception {
    JournalEntry e = entry("redis-0002");
    await(journal.create(e));
    await(journal.advance(e.completed("REF-2", clock.instant())));

    var cli = RedisHarness.commands();
    assertThat(cli.zrange("sh:{tx}:open", 0, -1)).isEmpty();
    assertThat(cli.pttl("sh:{tx:redis-0002}")).isBetween(1L, Duration.ofDays(30).toMillis());
  }

  @Test
  void anIdLeftWithoutEntryByACrashIsDroppedOnceItIsAMinuteOld() throws Exception {
    var cli = RedisHarness.commands();
    cli.zadd("sh:{tx}:open", clock.millis(), "redis-0003");

    assertThat(await(journal.unfinished())).isEmpty();
    assertThat(cli.zrange("sh:{tx}:open", 0, -1)).as("maybe being created").contains("redis-0003");

    clock.advance(Duration.ofMinutes(2));
    assertThat(await(journal.unfinished())).isEmpty();
    assertThat(cli.zrange("sh:{tx}:open", 0, -1)).isEmpty();
  }

  @Test
  void aCorruptEntryIsSkippedNotFatal() throws Exception {
    JournalEntry good = entry("redis-0004");
    await(journal.create(good));
    var cli = RedisHarness.commands();
    cli.zadd("sh:{tx}:open", clock.millis(), "redis-0005");
    cli.set("sh:{tx:redis-0005}", "{not json");

    assertThat(await(journal.unfinished())).containsExactly(good);
  }

  @Test
  void aScriptCacheFlushIsSurvived() throws Exception {
    JournalEntry e = entry("redis-0006");
    await(journal.create(e));
    RedisHarness.commands().scriptFlush();

    JournalEntry posted = e.attempted(clock.instant()).posted("scid-6", clock.instant());
    assertThat(await(journal.advance(posted))).isEqualTo(posted);
  }
}
