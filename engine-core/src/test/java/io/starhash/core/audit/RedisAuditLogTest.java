package io.starhash.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.Range;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.RedisHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisAuditLogTest extends AuditLogContract {

  @Override
  AuditLog newLog() {
    RedisHarness.flushAll();
    return new RedisAuditLog(TestRedis.shared(), 1_000);
  }

  @Test
  void writesOneStreamEntryWithPlainFields() {
    log.record(new AuditEvent(T0, "subscriber", "pin.failed", "+2557****0001",
        Map.of("attemptsLeft", "2"))).toCompletableFuture().join();

    var entries = RedisHarness.commands().xrange(RedisAuditLog.KEY, Range.unbounded());
    assertThat(entries).singleElement().satisfies(e -> assertThat(e.getBody())
        .containsExactlyInAnyOrderEntriesOf(Map.of("at", T0.toString(), "actor", "subscriber", "action", "pin.failed",
            "subject", "+2557****0001", "d.attemptsLeft", "2")));
  }

  @Test
  void theStreamIsTrimmedToAboutItsMaximumLength() {
    RedisAuditLog capped = new RedisAuditLog(TestRedis.shared(), 10);
    for (int i = 0; i < 600; i++) {
      capped.record(event(i % 10));
    }
    capped.record(event(9)).toCompletableFuture().join();

    assertThat(RedisHarness.commands().xlen(RedisAuditLog.KEY)).isBetween(10L, 200L);
    assertThat(recent(capped, 1)).containsExactly(event(9));
  }
}
