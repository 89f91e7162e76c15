package io.starhash.core.mmo;

import io.starhash.core.mmo.redis.RedisJournal;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.RedisHarness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** {@link ResumeTest} with the journal in Redis: a restarted process reads it back from there. */
class RedisResumeTest extends ResumeTest {

  @BeforeEach
  void redisJournal() {
    RedisHarness.flushAll();
    journal = new RedisJournal(TestRedis.shared(), Duration.ofDays(30), clock);
  }
}
