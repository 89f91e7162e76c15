package io.starhash.core.operation;

import io.starhash.core.operation.TransitionResult.Conflict;
import io.starhash.core.operation.TransitionResult.Illegal;
import io.starhash.core.operation.TransitionResult.Invalid;
import io.starhash.core.operation.TransitionResult.Moved;
import io.starhash.core.operation.TransitionResult.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves operations through the transition table by compare-and-set on the store: read, check,
 * replace if unchanged. A pending operation whose time has come expires on the way, so nobody
 * accepts it late even if the expiry job has not run yet.
 *
 * <p>Thread-safe (stateless apart from the store).
 */
final class Mover {

  private static final Logger log = LoggerFactory.getLogger(Mover.class);
  /** A lost compare-and-set means the status changed, so one more read settles it; this is a guard. */
  private static final int ATTEMPTS = 3;

  private final OperationStore store;
  private final Clock clock;

  Mover(OperationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  CompletionStage<TransitionResult> move(OperationId id, OperationStatus from, Transition change) {
    if (!from.canMoveTo(change.to())) {
      return CompletableFuture.completedFuture(new Illegal(from, change.to()));
    }
    return attempt(id, from, withCorrelation(id, change), ATTEMPTS);
  }

  private CompletionStage<TransitionResult> attempt(OperationId id, OperationStatus from, Transition change,
      int attemptsLeft) {
    return store.get(id).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(new NotFound(id));
      }
      Operation op = found.get();
      if (op.status() != from) {
        return CompletableFuture.completedFuture(new Conflict(op));
      }
      Instant now = clock.instant();
      if (change.to() != OperationStatus.EXPIRED && op.isOverdue(now)) {
        return current(op).thenApply(Conflict::new);
      }
      if (change.to() == OperationStatus.EXPIRED && !op.isOverdue(now)) {
        return CompletableFuture.completedFuture(new Invalid(op, "not due to expire before " + op.expiresAt()));
      }
      Operation next;
      try {
        next = op.apply(change, now);
      } catch (IllegalArgumentException e) {
        return CompletableFuture.completedFuture(new Invalid(op, e.getMessage()));
      }
      return store.compareAndSet(op, next).thenCompose(won -> {
        if (won) {
          log.debug("operation {} {} -> {} (customer {})", id, from, next.status(), next.customer());
          return CompletableFuture.completedFuture(new Moved(next));
        }
        return attemptsLeft > 1 ? attempt(id, from, change, attemptsLeft - 1) : lost(id);
      });
    });
  }

  private CompletionStage<TransitionResult> lost(OperationId id) {
    return store.get(id).thenApply(op -> op.<TransitionResult>map(Conflict::new).orElseGet(() -> new NotFound(id)));
  }

  /**
   * {@code op} as it is now: expired first if it is pending and due, then read back if another
   * move got there first.
   */
  CompletionStage<Operation> current(Operation op) {
    if (!op.isOverdue(clock.instant())) {
      return CompletableFuture.completedFuture(op);
    }
    return move(op.id(), op.status(), Transition.to(OperationStatus.EXPIRED)).thenApply(r -> {
      if (r instanceof Moved m) {
        return m.operation();
      }
      if (r instanceof Conflict c) {
        return c.current();
      }
      return op;
    });
  }

  /** The change with a fresh journal key if it moves to PROCESSING without one. */
  static Transition withCorrelation(OperationId id, Transition change) {
    if (change.to() != OperationStatus.PROCESSING || change.mmoCorrelationId() != null) {
      return change;
    }
    return change.correlatedBy(newCorrelationId(id));
  }

  /**
   * A journal key no other operation will ever have (ids are short and may come back after
   * years): the operation id, a dot, a random UUID. {@link OperationId#ofCorrelation} reads the
   * id back, so a late MMO result finds its operation.
   */
  static String newCorrelationId(OperationId id) {
    return id.value() + "." + UUID.randomUUID();
  }
}
