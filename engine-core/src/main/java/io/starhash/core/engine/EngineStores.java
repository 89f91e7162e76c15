package io.starhash.core.engine;

import io.starhash.core.audit.AuditLog;
import io.starhash.core.audit.InMemoryAuditLog;
import io.starhash.core.audit.RedisAuditLog;
import io.starhash.core.effect.EffectLedger;
import io.starhash.core.effect.InMemoryEffectLedger;
import io.starhash.core.effect.redis.RedisEffectLedger;
import io.starhash.core.limit.DailyTotals;
import io.starhash.core.limit.InMemoryDailyTotals;
import io.starhash.core.limit.redis.RedisDailyTotals;
import io.starhash.core.mmo.InMemoryJournal;
import io.starhash.core.mmo.Journal;
import io.starhash.core.mmo.redis.RedisJournal;
import io.starhash.core.operation.InMemoryOperationStore;
import io.starhash.core.operation.OperationStore;
import io.starhash.core.operation.redis.RedisOperationStore;
import io.starhash.core.partner.InMemoryNotificationStore;
import io.starhash.core.partner.InMemoryPartnerStore;
import io.starhash.core.partner.NotificationStore;
import io.starhash.core.partner.PartnerStore;
import io.starhash.core.partner.redis.RedisNotificationStore;
import io.starhash.core.partner.redis.RedisPartnerStore;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.subscriber.InMemorySubscriberStore;
import io.starhash.core.subscriber.SubscriberStore;
import io.starhash.core.subscriber.redis.RedisSubscriberStore;
import io.starhash.core.token.InMemoryTokenStore;
import io.starhash.core.token.TokenStore;
import io.starhash.core.token.redis.RedisTokenStore;
import java.time.Clock;
import java.time.Duration;

/** Every store of the money engine, all in memory or all in one Redis. */
public record EngineStores(SubscriberStore subscribers, TokenStore tokens, OperationStore operations,
    PartnerStore partners, NotificationStore notifications, Journal journal, AuditLog audit, EffectLedger ledger,
    DailyTotals dailyTotals, String kind) {

  /** How long the journal keeps final transactions in Redis (reconciliation reads them). */
  public static final Duration JOURNAL_RETENTION = Duration.ofDays(30);
  /** Audit events kept in the Redis stream, approximately. */
  public static final long AUDIT_MAX_LENGTH = 1_000_000;

  /** The embedded default: everything in this process's memory. */
  public static EngineStores inMemory(Clock clock) {
    return new EngineStores(new InMemorySubscriberStore(), new InMemoryTokenStore(clock),
        new InMemoryOperationStore(), new InMemoryPartnerStore(), new InMemoryNotificationStore(clock),
        new InMemoryJournal(), new InMemoryAuditLog(), new InMemoryEffectLedger(), new InMemoryDailyTotals(),
        "memory");
  }

  /** Production: everything in Redis over one shared connection (which the caller closes). */
  public static EngineStores redis(SharedRedis redis, Clock clock) {
    return new EngineStores(new RedisSubscriberStore(redis), new RedisTokenStore(redis),
        new RedisOperationStore(redis, clock, JOURNAL_RETENTION), new RedisPartnerStore(redis),
        new RedisNotificationStore(redis, clock, NotificationStore.DEFAULT_CAPACITY),
        new RedisJournal(redis, JOURNAL_RETENTION, clock), new RedisAuditLog(redis, AUDIT_MAX_LENGTH),
        new RedisEffectLedger(redis), new RedisDailyTotals(redis), "redis");
  }
}
