package io.starhash.core.mmo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactions this process follows (at most one follower per clientCorrelationId), the
 * listeners, and the count of how transactions end ({@code mmo.transactions} by outcome).
 *
 * <p>Thread-safe.
 */
final class Followers implements TxContext.Outcomes {

  private static final Logger log = LoggerFactory.getLogger(Followers.class);

  private final ConcurrentHashMap<String, TxFollower> byId = new ConcurrentHashMap<>();
  private final CopyOnWriteArrayList<TxListener> listeners = new CopyOnWriteArrayList<>();
  private final Executor worker;
  private final MeterRegistry registry;

  Followers(Executor worker, MeterRegistry registry) {
    this.worker = worker;
    this.registry = registry;
  }

  /** Registers {@code follower} unless its transaction is followed already: returns that one. */
  TxFollower putIfAbsent(TxFollower follower) {
    return byId.putIfAbsent(follower.request().clientCorrelationId(), follower);
  }

  TxFollower get(String clientCorrelationId) {
    return byId.get(clientCorrelationId);
  }

  void remove(TxFollower follower) {
    byId.remove(follower.request().clientCorrelationId(), follower);
  }

  List<TxFollower> all() {
    return List.copyOf(byId.values());
  }

  int size() {
    return byId.size();
  }

  void addListener(TxListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public void tell(TxRequest request, TxResult result) {
    try {
      worker.execute(() -> {
        for (TxListener l : listeners) {
          try {
            l.onFinal(request, result);
          } catch (RuntimeException e) {
            log.error("{} listener {} failed on {}", request.clientCorrelationId(),
                l.getClass().getName(), describe(result), e);
          }
        }
      });
    } catch (RejectedExecutionException closed) {
      log.warn("{} gateway closed before its listeners heard of {}", request.clientCorrelationId(),
          describe(result));
    }
  }

  @Override
  public void done(TxFollower follower, TxResult result) {
    remove(follower);
    log.info("{} final: {}", follower.request().clientCorrelationId(), describe(result));
    count(outcome(result));
  }

  @Override
  public void abandoned(TxFollower follower) {
    remove(follower);
    count("abandoned");
  }

  /** Counts a transaction that ended without a follower (journal down, reused id, ...). */
  void count(String outcome) {
    Counter.builder("mmo.transactions").description("transactions by how they ended")
        .tag("outcome", outcome).register(registry).increment();
  }

  static String outcome(TxResult result) {
    if (result instanceof TxResult.Completed) {
      return "completed";
    }
    if (result instanceof TxResult.Declined) {
      return "declined";
    }
    return result instanceof TxResult.Unavailable ? "unavailable" : "pending";
  }

  /** A result for the log: never the MMO's free-text description (it may hold a number). */
  static String describe(TxResult result) {
    if (result instanceof TxResult.Completed) {
      return "completed " + ((TxResult.Completed) result).transactionReference();
    }
    if (result instanceof TxResult.Declined) {
      MmoError e = ((TxResult.Declined) result).error();
      return "declined " + e.category() + "/" + e.code();
    }
    return outcome(result);
  }
}
