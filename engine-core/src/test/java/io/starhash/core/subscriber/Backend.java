package io.starhash.core.subscriber;

import io.starhash.core.audit.AuditLog;
import io.starhash.core.audit.InMemoryAuditLog;
import io.starhash.core.audit.RedisAuditLog;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.subscriber.redis.RedisSubscriberStore;
import io.starhash.core.testing.RedisHarness;

/** Fresh, empty stores for one contract test: in memory, or in the harness's Redis (flushed). */
interface Backend {

  SubscriberStore store();

  AuditLog auditLog();

  static Backend memory() {
    InMemorySubscriberStore store = new InMemorySubscriberStore();
    InMemoryAuditLog log = new InMemoryAuditLog();
    return new Backend() {
      @Override
      public SubscriberStore store() {
        return store;
      }

      @Override
      public AuditLog auditLog() {
        return log;
      }
    };
  }

  static Backend redis() {
    RedisHarness.flushAll();
    SharedRedis redis = SharedConnection.REDIS;
    RedisSubscriberStore store = new RedisSubscriberStore(redis);
    RedisAuditLog log = new RedisAuditLog(redis, 1_000);
    return new Backend() {
      @Override
      public SubscriberStore store() {
        return store;
      }

      @Override
      public AuditLog auditLog() {
        return log;
      }
    };
  }

  /** One store connection for the JVM, opened on first use and closed at exit (holder idiom). */
  final class SharedConnection {
    static final SharedRedis REDIS = open();

    private SharedConnection() {}

    private static SharedRedis open() {
      SharedRedis redis = RedisConnections.open(RedisSettings.of(RedisHarness.url()));
      Runtime.getRuntime().addShutdownHook(new Thread(redis::close, "subscriber-test-redis-close"));
      return redis;
    }
  }
}
