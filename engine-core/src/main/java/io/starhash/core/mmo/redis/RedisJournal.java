package io.starhash.core.mmo.redis;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.mmo.Journal;
import io.starhash.core.mmo.JournalEntry;
import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.SharedRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in Redis: one JSON value per transaction at {@code sh:{tx:<clientCorrelationId>}},
 * and the ids of unfinished ones in the sorted set {@code sh:{tx}:open} scored by creation time.
 * No command touches two keys, so Redis Cluster is fine; the set is written first and cleaned
 * last, so a crash between the two writes leaves an id too many there (dropped by
 * {@link #unfinished()} once it is a minute old), never one too few. Final entries expire after
 * {@code retention}.
 *
 * <p>Thread-safe. Uses the shared connection and its command timeout; stages fail with
 * Lettuce's exceptions when Redis is unreachable and complete on Lettuce's I/O threads.
 */
public final class RedisJournal implements Journal {

  private static final Logger log = LoggerFactory.getLogger(RedisJournal.class);
  static final byte[] OPEN = RedisBytes.ascii("sh:{tx}:open");
  private static final byte[] NO_TTL = new byte[0];
  /** How old an id without an entry must be before it is taken for a crash's leftover. */
  private static final Duration LEFTOVER_AFTER = Duration.ofMinutes(1);

  private final SharedRedis redis;
  private final byte[] retentionMillis;
  private final Clock clock;

  /**
   * @param retention how long a final entry is kept (for reconciliation and for recognising a
   *     resubmitted id); unfinished entries never expire
   */
  public RedisJournal(SharedRedis redis, Duration retention, Clock clock) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(retention, "retention");
    if (retention.toMillis() <= 0) {
      throw new IllegalArgumentException("journal retention must be at least 1 ms");
    }
    this.retentionMillis = RedisBytes.ascii(Long.toString(retention.toMillis()));
  }

  static byte[] key(String clientCorrelationId) {
    return RedisBytes.utf8("sh:{tx:" + clientCorrelationId + "}");
  }

  private static byte[] member(String clientCorrelationId) {
    return RedisBytes.utf8(clientCorrelationId);
  }

  /** ZADD NX to the open set, then SET NX of the entry; GET of the one there if that lost. */
  @Override
  public CompletionStage<Created> create(JournalEntry entry) {
    String id = entry.clientCorrelationId();
    byte[] key = key(id);
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    return c.zadd(OPEN, ZAddArgs.Builder.nx(), (double) entry.createdAt().toEpochMilli(), member(id))
        .thenCompose(added -> c.set(key, JournalCodec.encode(entry), SetArgs.Builder.nx()))
        .thenCompose(ok -> "OK".equals(ok)
            ? CompletableFuture.completedFuture(new Created(entry, true))
            : c.get(key).thenApply(v -> new Created(existing(id, v), false)));
  }

  private static JournalEntry existing(String id, byte[] value) {
    if (value == null) {
      throw new IllegalStateException(id + " journal entry vanished while being created");
    }
    return JournalCodec.decode(value);
  }

  @Override
  public CompletionStage<Optional<JournalEntry>> find(String clientCorrelationId) {
    return redis.async().get(key(clientCorrelationId))
        .thenApply(v -> v == null ? Optional.empty() : Optional.of(JournalCodec.decode(v)));
  }

  @Override
  public CompletionStage<JournalEntry> advance(JournalEntry entry) {
    String id = entry.clientCorrelationId();
    byte[] ttl = entry.state().isFinal() ? retentionMillis : NO_TTL;
    return AdvanceScript.run(redis, key(id), JournalCodec.encode(entry), ttl)
        .thenApply(JournalCodec::decode)
        .thenCompose(stored -> stored.state().isFinal()
            ? redis.async().zrem(OPEN, member(id)).thenApply(n -> stored)
            : CompletableFuture.completedFuture(stored));
  }

  /**
   * Reads every id of the open set; ids whose entry is final, or gone for over a minute, are
   * removed from it.
   */
  @Override
  public CompletionStage<List<JournalEntry>> unfinished() {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    long leftoverBefore = clock.millis() - LEFTOVER_AFTER.toMillis();
    return c.zrangeWithScores(OPEN, 0, -1).thenCompose(ids -> {
      List<CompletableFuture<Optional<JournalEntry>>> reads = new ArrayList<>();
      for (ScoredValue<byte[]> scored : ids) {
        byte[] member = scored.getValue();
        String id = RedisBytes.text(member);
        boolean old = scored.getScore() < leftoverBefore;
        reads.add(c.get(key(id)).thenCompose(v -> open(c, id, member, v, old))
            .toCompletableFuture());
      }
      return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
          .thenApply(all -> reads.stream().map(CompletableFuture::join)
              .flatMap(Optional::stream).toList());
    });
  }

  private static CompletionStage<Optional<JournalEntry>> open(
      RedisAsyncCommands<byte[], byte[]> c, String id, byte[] member, byte[] value, boolean old) {
    if (value == null && !old) {
      // being created right now (the set is written before the entry): not ours to drop
      return CompletableFuture.completedFuture(Optional.empty());
    }
    JournalEntry entry = null;
    if (value != null) {
      try {
        entry = JournalCodec.decode(value);
      } catch (IllegalArgumentException e) {
        log.error("{} corrupt journal entry left for inspection: {}", id, e.getMessage());
        return CompletableFuture.completedFuture(Optional.empty());
      }
    }
    if (entry != null && !entry.state().isFinal()) {
      return CompletableFuture.completedFuture(Optional.of(entry));
    }
    return c.zrem(OPEN, member).thenApply(n -> Optional.empty());
  }
}
