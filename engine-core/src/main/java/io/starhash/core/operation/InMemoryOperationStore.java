package io.starhash.core.operation;

import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * Operations in this process's memory: the embedded default. Keeps at most {@code capacity}
 * operations; beyond that the oldest final ones are forgotten (pending and processing ones
 * never are).
 *
 * <p>Thread-safe (one lock); every stage is complete when returned.
 */
public final class InMemoryOperationStore implements OperationStore {

  public static final int DEFAULT_CAPACITY = 100_000;
  private static final Comparator<Operation> NEWEST_FIRST =
      Comparator.comparing(Operation::createdAt).thenComparing(op -> op.id().value()).reversed();
  private static final Comparator<Operation> FIRST_DUE =
      Comparator.comparing(Operation::expiresAt).thenComparing(op -> op.id().value());

  private final int capacity;
  private final Map<OperationId, Operation> byId = new LinkedHashMap<>();
  private final Map<Msisdn, Set<OperationId>> byCustomer = new HashMap<>();
  private final Map<String, Set<OperationId>> byPartner = new HashMap<>();
  private final Set<OperationId> pending = new LinkedHashSet<>();

  public InMemoryOperationStore() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryOperationStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized CompletionStage<Boolean> create(Operation operation) {
    if (byId.containsKey(operation.id())) {
      return done(false);
    }
    byId.put(operation.id(), operation);
    byCustomer.computeIfAbsent(operation.customer(), c -> new LinkedHashSet<>()).add(operation.id());
    index(operation);
    evictOldestFinal();
    return done(true);
  }

  @Override
  public synchronized CompletionStage<Optional<Operation>> get(OperationId id) {
    return done(Optional.ofNullable(byId.get(id)));
  }

  @Override
  public synchronized CompletionStage<Boolean> compareAndSet(Operation expected, Operation next) {
    OperationStore.requireNextVersion(expected, next);
    Operation stored = byId.get(expected.id());
    if (stored == null || stored.version() != expected.version() || stored.status() != expected.status()) {
      return done(false);
    }
    byId.put(next.id(), next);
    index(next);
    return done(true);
  }

  private void index(Operation op) {
    if (op.partnerId() != null) {
      byPartner.computeIfAbsent(op.partnerId(), p -> new LinkedHashSet<>()).add(op.id());
    }
    if (op.isPending()) {
      pending.add(op.id());
    } else {
      pending.remove(op.id());
    }
  }

  @Override
  public synchronized CompletionStage<List<Operation>> byCustomer(Msisdn customer, Set<OperationStatus> statuses,
      int limit) {
    return done(select(byCustomer.get(customer), op -> statuses.contains(op.status()), NEWEST_FIRST, limit));
  }

  @Override
  public synchronized CompletionStage<List<Operation>> byPartner(String partnerId, Set<OperationStatus> statuses,
      int limit) {
    return done(select(byPartner.get(partnerId), op -> statuses.contains(op.status()), NEWEST_FIRST, limit));
  }

  @Override
  public synchronized CompletionStage<List<Operation>> overdue(Instant now, int limit) {
    return done(select(pending, op -> op.isOverdue(now), FIRST_DUE, limit));
  }

  private List<Operation> select(Set<OperationId> ids, Predicate<Operation> wanted, Comparator<Operation> order,
      int limit) {
    List<Operation> out = new ArrayList<>();
    if (ids != null) {
      for (OperationId id : ids) {
        Operation op = byId.get(id);
        if (op != null && wanted.test(op)) {
          out.add(op);
        }
      }
    }
    out.sort(order);
    return out.size() <= limit ? out : List.copyOf(out.subList(0, limit));
  }

  private void evictOldestFinal() {
    Iterator<Operation> it = byId.values().iterator();
    while (byId.size() > capacity && it.hasNext()) {
      Operation op = it.next();
      if (op.status().isFinal()) {
        it.remove();
        forget(byCustomer, op.customer(), op.id());
        if (op.partnerId() != null) {
          forget(byPartner, op.partnerId(), op.id());
        }
      }
    }
  }

  private static <K> void forget(Map<K, Set<OperationId>> index, K key, OperationId id) {
    Set<OperationId> ids = index.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(key);
    }
  }

  @Override
  public String kind() {
    return "memory";
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
