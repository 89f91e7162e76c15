package io.starhash.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisException;
import io.starhash.core.testing.RedisHarness;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuaScriptTest {

  private static final LuaScript<Long> INCR_BY = LuaScript.integer("""
      return redis.call('INCRBY', KEYS[1], ARGV[1])
      """);
  private static final LuaScript<byte[]> ECHO = LuaScript.value("return ARGV[1]");
  private static final byte[][] KEY = {RedisBytes.ascii("sh:test:lua")};

  private final SharedRedis redis = TestRedis.shared();

  @BeforeEach
  void flush() {
    RedisHarness.flushAll();
    RedisHarness.commands().scriptFlush();
  }

  @Test
  void itsShaIsTheOneRedisComputes() {
    assertThat(INCR_BY.sha()).isEqualTo(RedisHarness.commands().scriptLoad("""
        return redis.call('INCRBY', KEYS[1], ARGV[1])
        """));
  }

  @Test
  void runsAfterAScriptFlushAndCachesItselfAgain() {
    assertThat(run(INCR_BY, "2")).isEqualTo(2L);
    assertThat(RedisHarness.commands().scriptExists(INCR_BY.sha())).containsExactly(true);

    RedisHarness.commands().scriptFlush();

    assertThat(run(INCR_BY, "3")).isEqualTo(5L);
    assertThat(RedisHarness.commands().scriptExists(INCR_BY.sha())).containsExactly(true);
  }

  @Test
  void aValueScriptAnswersBytes() {
    assertThat(RedisBytes.text(run(ECHO, "héllo"))).isEqualTo("héllo");
  }

  @Test
  void anErrorOtherThanNoScriptFailsTheStageAndIsNotRunAgain() {
    String source = """
        redis.call('INCR', KEYS[1])
        return redis.error_reply('boom')
        """;
    LuaScript<Long> countThenFail = LuaScript.integer(source);
    RedisHarness.commands().scriptLoad(source);

    assertThat(countThenFail.run(redis, KEY).toCompletableFuture())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(RedisException.class)
        .withMessageContaining("boom");
    assertThat(RedisHarness.commands().get("sh:test:lua")).isEqualTo("1");
  }

  private <T> T run(LuaScript<T> script, String arg) {
    return script.run(redis, KEY, RedisBytes.utf8(arg)).toCompletableFuture().join();
  }
}
