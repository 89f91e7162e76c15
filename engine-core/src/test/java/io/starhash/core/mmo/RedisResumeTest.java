package io.starhash.core.mmo;

import io.starhash.core.mmo.redis.RedisJournal;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.testing.RedisHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** {@link ResumeTest} with the journal in Redis: a restarted process reads it back from there. */
class RedisResumeTest extends ResumeTest {

  private static SharedRedis redis;

  @BeforeAll
  static void connect() {
    redis = RedisConnections.open(RedisSettings.of(RedisHarness.url()));
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  @BeforeEach
  void redisJournal() {
    RedisHarness.flushAll();
    journal = new RedisJournal(redis, Duration.ofDays(30), clock);
  }
}
