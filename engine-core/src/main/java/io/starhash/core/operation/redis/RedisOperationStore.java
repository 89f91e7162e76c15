package io.starhash.core.operation.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.operation.OperationStatus;
import io.starhash.core.operation.OperationStore;
import io.starhash.core.operation.redis.OperationReader.Loaded;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations in Redis, laid out as {@link OperationKeys} says: one hash per operation written by
 * a Lua compare-and-set, and index sets that readers check against the operations. Final
 * operations and the indexes expire after {@code retention} (default 30 days).
 *
 * <p>Thread-safe. Stages complete on Lettuce's I/O threads, exceptionally with Lettuce's
 * exception when Redis is down or slow, or with {@link IllegalArgumentException} for a
 * corrupt operation hash.
 */
public final class RedisOperationStore implements OperationStore {

  private static final Logger log = LoggerFactory.getLogger(RedisOperationStore.class);
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  private static final Comparator<Operation> NEWEST_FIRST =
      Comparator.comparing(Operation::createdAt).thenComparing(op -> op.id().value()).reversed();
  private static final Comparator<Operation> FIRST_DUE =
      Comparator.comparing(Operation::expiresAt).thenComparing(op -> op.id().value());

  private final SharedRedis redis;
  private final Clock clock;
  private final long retentionMillis;
  private final OperationReader reader;

  /** A store on a connection shared with other stores. */
  public RedisOperationStore(SharedRedis redis, Clock clock, Duration retention) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retentionMillis = Objects.requireNonNull(retention, "retention").toMillis();
    if (retentionMillis <= 0) {
      throw new IllegalArgumentException("operation retention must be positive");
    }
    this.reader = new OperationReader(redis.async());
  }

  @Override
  public CompletionStage<Boolean> create(Operation op) {
    return RedisCall.guarded(() -> {
      List<CompletionStage<?>> indexed = new ArrayList<>(addToIndex(OperationKeys.customer(op.customer()), op));
      if (op.partnerId() != null) {
        indexed.addAll(addToIndex(OperationKeys.partner(op.partnerId()), op));
      }
      if (op.isPending()) {
        indexed.addAll(addPending(op));
      }
      return all(indexed).thenCompose(x -> OperationScript.run(redis, OperationKeys.operation(op.id()), null, null,
          ttl(op), OperationCodec.fields(op)));
    });
  }

  @Override
  public CompletionStage<Optional<Operation>> get(OperationId id) {
    return RedisCall.guarded(() -> reader.get(id));
  }

  @Override
  public CompletionStage<Boolean> compareAndSet(Operation expected, Operation next) {
    OperationStore.requireNextVersion(expected, next);
    return RedisCall.guarded(() -> {
      List<CompletionStage<?>> indexed = new ArrayList<>();
      if (next.partnerId() != null && !next.partnerId().equals(expected.partnerId())) {
        indexed.addAll(addToIndex(OperationKeys.partner(next.partnerId()), next));
      }
      return all(indexed)
          .thenCompose(x -> OperationScript.run(redis, OperationKeys.operation(next.id()), expected.version(),
              expected.status().name(), ttl(next), OperationCodec.fields(next)))
          .thenCompose(won -> won && expected.isPending() && !next.isPending()
              ? forgetPending(expected).thenApply(x -> true)
              : CompletableFuture.completedFuture(won));
    });
  }

  @Override
  public CompletionStage<List<Operation>> byCustomer(Msisdn customer, Set<OperationStatus> statuses, int limit) {
    return RedisCall.guarded(() -> reader.newest(OperationKeys.customer(customer),
        op -> op.customer().equals(customer) && statuses.contains(op.status()), limit));
  }

  @Override
  public CompletionStage<List<Operation>> byPartner(String partnerId, Set<OperationStatus> statuses, int limit) {
    Predicate<Operation> wanted = op -> partnerId.equals(op.partnerId()) && statuses.contains(op.status());
    if (!OperationStatus.pending().containsAll(statuses)) {
      return RedisCall.guarded(() -> reader.newest(OperationKeys.partner(partnerId), wanted, limit));
    }
    byte[] hint = OperationKeys.partnerPending(partnerId);
    return RedisCall.guarded(() -> redis.async().smembers(hint)
        .thenCompose(reader::load)
        .thenCompose(loaded -> prune(loaded, op -> partnerId.equals(op.partnerId()) && op.isPending(),
            stale -> redis.async().srem(hint, stale)))
        .thenApply(ops -> select(ops, wanted, NEWEST_FIRST, limit)));
  }

  @Override
  public CompletionStage<List<Operation>> overdue(Instant now, int limit) {
    return RedisCall.guarded(() -> redis.async()
        .zrangebyscore(OperationKeys.DUE, "-inf", Long.toString(now.toEpochMilli()), 0, limit)
        .thenCompose(reader::load)
        .thenCompose(loaded -> prune(loaded, Operation::isPending, stale -> redis.async().zrem(OperationKeys.DUE,
            stale)))
        .thenApply(ops -> select(ops, op -> op.isOverdue(now), FIRST_DUE, limit)));
  }

  @Override
  public String kind() {
    return "redis";
  }

  /** The operations that {@code live} accepts; removes the other members (gone or moved on) with {@code remove}. */
  private static CompletionStage<List<Operation>> prune(List<Loaded> loaded, Predicate<Operation> live,
      Function<byte[][], CompletionStage<Long>> remove) {
    List<Operation> kept = new ArrayList<>();
    List<byte[]> stale = new ArrayList<>();
    for (Loaded l : loaded) {
      if (l.operation().filter(live).isPresent()) {
        kept.add(l.operation().get());
      } else if (!l.corrupt()) {
        stale.add(l.member());
      }
    }
    if (stale.isEmpty()) {
      return CompletableFuture.completedFuture(kept);
    }
    return remove.apply(stale.toArray(byte[][]::new)).handle((n, e) -> kept);
  }

  private static List<Operation> select(List<Operation> ops, Predicate<Operation> wanted,
      Comparator<Operation> order, int limit) {
    return ops.stream().filter(wanted).sorted(order).limit(limit).toList();
  }

  /** Adds the operation to a creation-time index, trims entries past the retention, and restarts its expiry. */
  private List<CompletionStage<?>> addToIndex(byte[] index, Operation op) {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    long cutoff = clock.millis() - retentionMillis;
    return List.of(
        c.zadd(index, op.createdAt().toEpochMilli(), member(op)),
        c.zremrangebyscore(index, "-inf", "(" + cutoff),
        c.pexpire(index, retentionMillis));
  }

  private List<CompletionStage<?>> addPending(Operation op) {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    List<CompletionStage<?>> out = new ArrayList<>();
    out.add(c.zadd(OperationKeys.DUE, op.expiresAt().toEpochMilli(), member(op)));
    if (op.partnerId() != null) {
      byte[] hint = OperationKeys.partnerPending(op.partnerId());
      out.add(c.sadd(hint, member(op)));
      out.add(c.pexpire(hint, retentionMillis));
    }
    return out;
  }

  /** Drops a no longer pending operation from the pending hints; a failure only leaves a stale hint. */
  private CompletionStage<Void> forgetPending(Operation op) {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    List<CompletionStage<?>> out = new ArrayList<>();
    out.add(c.zrem(OperationKeys.DUE, member(op)));
    if (op.partnerId() != null) {
      out.add(c.srem(OperationKeys.partnerPending(op.partnerId()), member(op)));
    }
    return all(out).handle((x, e) -> {
      if (e != null) {
        log.debug("operation {} left in a pending index: {}", op.id(), e.toString());
      }
      return null;
    });
  }

  private long ttl(Operation op) {
    return op.status().isFinal() ? retentionMillis : 0;
  }

  private static byte[] member(Operation op) {
    return RedisBytes.utf8(op.id().value());
  }

  private static CompletableFuture<Void> all(List<CompletionStage<?>> stages) {
    return CompletableFuture.allOf(stages.stream().map(CompletionStage::toCompletableFuture)
        .toArray(CompletableFuture[]::new));
  }
}
