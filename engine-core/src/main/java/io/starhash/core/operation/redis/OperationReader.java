package io.starhash.core.operation.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.redis.RedisBytes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads operations by id, one HGETALL each sent together, and pages through the index sorted
 * sets. Thread-safe (stateless).
 */
final class OperationReader {

  private static final Logger log = LoggerFactory.getLogger(OperationReader.class);
  static final int PAGE = 100;

  /** An index member and the operation it names: empty if the operation is gone or its hash is corrupt. */
  record Loaded(byte[] member, Optional<Operation> operation, boolean corrupt) {}

  private final RedisAsyncCommands<byte[], byte[]> commands;

  OperationReader(RedisAsyncCommands<byte[], byte[]> commands) {
    this.commands = commands;
  }

  CompletionStage<Optional<Operation>> get(OperationId id) {
    return commands.hgetall(OperationKeys.operation(id)).thenApply(hash -> hash.isEmpty()
        ? Optional.empty()
        : Optional.of(decode(id.value(), hash)));
  }

  /** The operations that {@code members} name, in the same order. */
  CompletionStage<List<Loaded>> load(Collection<byte[]> members) {
    List<byte[]> ids = List.copyOf(members);
    List<CompletableFuture<Map<byte[], byte[]>>> reads = new ArrayList<>();
    for (byte[] m : ids) {
      Optional<OperationId> id = OperationId.parse(RedisBytes.text(m));
      reads.add(id.isEmpty()
          ? CompletableFuture.completedFuture(Map.of())
          : commands.hgetall(OperationKeys.operation(id.get())).toCompletableFuture());
    }
    return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(x -> {
      List<Loaded> out = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        out.add(loaded(ids.get(i), reads.get(i).join()));
      }
      return out;
    });
  }

  private static Loaded loaded(byte[] member, Map<byte[], byte[]> hash) {
    if (hash.isEmpty()) {
      return new Loaded(member, Optional.empty(), false);
    }
    try {
      return new Loaded(member, Optional.of(decode(RedisBytes.text(member), hash)), false);
    } catch (IllegalArgumentException e) {
      return new Loaded(member, Optional.empty(), true);
    }
  }

  private static Operation decode(String id, Map<byte[], byte[]> hash) {
    try {
      return OperationCodec.operation(hash);
    } catch (IllegalArgumentException e) {
      log.warn("operation {} has a corrupt hash in redis: {}", id, e.getMessage());
      throw e;
    }
  }

  /**
   * Up to {@code limit} operations that {@code wanted} accepts, from the sorted set {@code index}
   * read highest score first, a page at a time.
   */
  CompletionStage<List<Operation>> newest(byte[] index, Predicate<Operation> wanted, int limit) {
    return page(index, 0, wanted, limit, new ArrayList<>());
  }

  private CompletionStage<List<Operation>> page(byte[] index, long start, Predicate<Operation> wanted, int limit,
      List<Operation> sofar) {
    return commands.zrevrange(index, start, start + PAGE - 1).thenCompose(members -> load(members)
        .thenCompose(loaded -> {
          for (Loaded l : loaded) {
            l.operation().filter(wanted).filter(op -> sofar.size() < limit).ifPresent(sofar::add);
          }
          if (sofar.size() >= limit || members.size() < PAGE) {
            return CompletableFuture.completedFuture(sofar);
          }
          return page(index, start + PAGE, wanted, limit, sofar);
        }));
  }
}
