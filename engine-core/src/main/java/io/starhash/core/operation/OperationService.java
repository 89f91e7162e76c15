package io.starhash.core.operation;

import io.starhash.core.operation.TransitionResult.Moved;
import io.starhash.core.phone.Msisdn;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates operations, moves them through the transition table, lists them, and expires the
 * ones nobody answered. Reads never show a pending operation past its expiry time: it is
 * expired on the way.
 *
 * <p>Thread-safe. Starts no threads: a scheduler calls {@link #expireOverdue()}.
 */
public final class OperationService {

  private static final Logger log = LoggerFactory.getLogger(OperationService.class);

  /** {@code operations.approval-timeout}: how long a pending operation waits for an answer. */
  public static final Duration DEFAULT_APPROVAL_TIMEOUT = Duration.ofMinutes(5);
  /** How many operations one list query returns at most. */
  public static final int LIST_LIMIT = 100;
  static final int EXPIRY_BATCH = 500;
  private static final int EXPIRY_ROUNDS = 20;
  private static final int ID_ATTEMPTS = 5;

  private final OperationStore store;
  private final Clock clock;
  private final Duration approvalTimeout;
  private final RandomGenerator random;
  private final Mover mover;

  public OperationService(OperationStore store, Clock clock, Duration approvalTimeout) {
    this(store, clock, approvalTimeout, new SecureRandom());
  }

  OperationService(OperationStore store, Clock clock, Duration approvalTimeout, RandomGenerator random) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.approvalTimeout = Objects.requireNonNull(approvalTimeout, "approvalTimeout");
    if (approvalTimeout.isNegative() || approvalTimeout.isZero()) {
      throw new IllegalArgumentException("operations.approval-timeout must be positive");
    }
    this.random = Objects.requireNonNull(random, "random");
    this.mover = new Mover(store, clock);
  }

  public Duration approvalTimeout() {
    return approvalTimeout;
  }

  /**
   * Creates an operation in its first status: {@code PENDING_AGENT} when the customer started
   * it, {@code PENDING_CUSTOMER} when a partner did, and {@code PROCESSING} (with a fresh
   * correlation id) for a transfer, which the customer's PIN already confirmed.
   *
   * @throws IllegalArgumentException at once if the request breaks a rule of {@link Operation}
   */
  public CompletionStage<Operation> create(NewOperation request) {
    Operation first = build(request, OperationId.random(random));
    return insert(request, first, ID_ATTEMPTS);
  }

  private Operation build(NewOperation r, OperationId id) {
    Instant now = clock.instant();
    OperationStatus status = r.firstStatus();
    String correlation = status == OperationStatus.PROCESSING ? Mover.newCorrelationId(id) : null;
    return new Operation(id, r.type(), r.initiator(), r.customer(), r.partnerId(), r.recipient(), r.amount(),
        r.fee(), status, now, now, now.plus(approvalTimeout), correlation, null, 1);
  }

  private CompletionStage<Operation> insert(NewOperation request, Operation op, int attemptsLeft) {
    return store.create(op).thenCompose(created -> {
      if (created) {
        log.info("operation {} created: {} by {} for {}, {}", op.id(), op.type(), op.initiator(), op.customer(),
            op.status());
        return CompletableFuture.completedFuture(op);
      }
      if (attemptsLeft <= 1) {
        return CompletableFuture.failedStage(new IllegalStateException("no free operation id after "
            + ID_ATTEMPTS + " attempts"));
      }
      return insert(request, build(request, OperationId.random(random)), attemptsLeft - 1);
    });
  }

  /**
   * Moves the operation from {@code expectedFrom} as {@code change} says, only if it is still in
   * {@code expectedFrom}: of two racing moves from one status, exactly one is {@code Moved}. A
   * pending operation past its expiry time is expired instead ({@code Conflict}).
   */
  public CompletionStage<TransitionResult> transition(OperationId id, OperationStatus expectedFrom,
      Transition change) {
    return mover.move(id, expectedFrom, change);
  }

  public CompletionStage<Optional<Operation>> find(OperationId id) {
    return store.get(id).thenCompose(found -> found.isEmpty()
        ? CompletableFuture.completedFuture(found)
        : mover.current(found.get()).thenApply(Optional::of));
  }

  /** The customer's newest operations (at most {@link #LIST_LIMIT}) in one of {@code statuses}, newest first. */
  public CompletionStage<List<Operation>> byCustomer(Msisdn customer, Set<OperationStatus> statuses) {
    return fresh(store.byCustomer(customer, widened(statuses), LIST_LIMIT), statuses);
  }

  /** The partner's newest operations (at most {@link #LIST_LIMIT}) in one of {@code statuses}, newest first. */
  public CompletionStage<List<Operation>> byPartner(String partnerId, Set<OperationStatus> statuses) {
    return fresh(store.byPartner(partnerId, widened(statuses), LIST_LIMIT), statuses);
  }

  /** The partner's operations that wait for them or for their customer, newest first. */
  public CompletionStage<List<Operation>> pendingForPartner(String partnerId) {
    return byPartner(partnerId, OperationStatus.pending());
  }

  /** The requests that wait for the customer's PIN, oldest first (menu 6). */
  public CompletionStage<List<Operation>> awaitingCustomer(Msisdn customer) {
    return byCustomer(customer, EnumSet.of(OperationStatus.PENDING_CUSTOMER)).thenApply(OperationService::reversed);
  }

  /** The customer's cash-ins and cash-outs that wait for whichever agent the customer stands before, oldest first. */
  public CompletionStage<List<Operation>> waitingForAnyAgent(Msisdn customer) {
    return byCustomer(customer, EnumSet.of(OperationStatus.PENDING_AGENT))
        .thenApply(ops -> reversed(ops.stream().filter(Operation::waitsForAnyAgent).toList()));
  }

  /**
   * Moves every pending operation past its expiry time to {@code EXPIRED} (in rounds of
   * {@value #EXPIRY_BATCH}); completes with the operations this call expired, for notifications.
   */
  public CompletionStage<List<Operation>> expireOverdue() {
    return expireRound(new ArrayList<>(), EXPIRY_ROUNDS).thenApply(expired -> {
      if (!expired.isEmpty()) {
        log.info("expired {} operations nobody answered", expired.size());
      }
      return expired;
    });
  }

  private CompletionStage<List<Operation>> expireRound(List<Operation> expired, int roundsLeft) {
    return store.overdue(clock.instant(), EXPIRY_BATCH).thenCompose(due -> {
      List<CompletableFuture<TransitionResult>> moves = due.stream()
          .map(op -> mover.move(op.id(), op.status(), Transition.to(OperationStatus.EXPIRED)).toCompletableFuture())
          .toList();
      return CompletableFuture.allOf(moves.toArray(CompletableFuture[]::new)).thenCompose(x -> {
        for (CompletableFuture<TransitionResult> m : moves) {
          if (m.join() instanceof Moved moved) {
            expired.add(moved.operation());
          }
        }
        boolean more = due.size() == EXPIRY_BATCH && roundsLeft > 1;
        return more ? expireRound(expired, roundsLeft - 1) : CompletableFuture.completedFuture(expired);
      });
    });
  }

  /** The stored statuses to ask for: a wanted EXPIRED may still be stored as pending. */
  private static Set<OperationStatus> widened(Set<OperationStatus> statuses) {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("no status asked for");
    }
    Set<OperationStatus> s = EnumSet.copyOf(statuses);
    if (s.contains(OperationStatus.EXPIRED)) {
      s.addAll(OperationStatus.pending());
    }
    return s;
  }

  /** The operations as they are now (overdue ones expired), still in one of {@code statuses}. */
  private CompletionStage<List<Operation>> fresh(CompletionStage<List<Operation>> listed,
      Set<OperationStatus> statuses) {
    return listed.thenCompose(ops -> {
      List<CompletableFuture<Operation>> now = ops.stream()
          .map(op -> mover.current(op).toCompletableFuture())
          .toList();
      return CompletableFuture.allOf(now.toArray(CompletableFuture[]::new))
          .thenApply(x -> now.stream().map(CompletableFuture::join).filter(op -> statuses.contains(op.status()))
              .toList());
    });
  }

  private static List<Operation> reversed(List<Operation> ops) {
    List<Operation> copy = new ArrayList<>(ops);
    Collections.reverse(copy);
    return copy;
  }
}
