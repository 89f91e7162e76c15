package io.starhash.core.subscriber;

import io.starhash.core.audit.AuditLog;
import io.starhash.core.audit.InMemoryAuditLog;
import io.starhash.core.audit.RedisAuditLog;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.subscriber.redis.RedisSubscriberStore;
import io.starhash.core.testing.RedisHarness;

/** Fresh, empty stores for one contract test: in memory, or in the harness's Redis (flushed). */
record Backend(SubscriberStore store, AuditLog auditLog) {

  static Backend memory() {
    return new Backend(new InMemorySubscriberStore(), new InMemoryAuditLog());
  }

  static Backend redis() {
    RedisHarness.flushAll();
    SharedRedis redis = TestRedis.shared();
    return new Backend(new RedisSubscriberStore(redis), new RedisAuditLog(redis, 1_000));
  }
}
