package io.starhash.core.operation;

import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Where operations live. Implementations: {@link InMemoryOperationStore} (the embedded default)
 * and {@code RedisOperationStore}. Stores keep operations as given; the rules of moving them are
 * {@link OperationService}'s.
 *
 * <p>Thread-safe. Stages never block the caller; a Redis store's stages fail with Lettuce's
 * exception when Redis is down or slow (classify it with {@code RedisFailure.of}).
 */
public interface OperationStore {

  /** Stores a new operation; false (and nothing stored) if its id is taken. */
  CompletionStage<Boolean> create(Operation operation);

  CompletionStage<Optional<Operation>> get(OperationId id);

  /**
   * Replaces {@code expected} with {@code next}, atomically, only if the stored operation still
   * has {@code expected}'s status and version: of two racing replacements of one version,
   * exactly one wins.
   *
   * @return true if replaced, false if the stored operation had moved on (or is gone)
   * @throws IllegalArgumentException if {@code next} is not {@code expected}'s next version
   */
  CompletionStage<Boolean> compareAndSet(Operation expected, Operation next);

  /**
   * The customer's newest operations (at most {@code limit}) whose status is one of
   * {@code statuses}, newest first.
   */
  CompletionStage<List<Operation>> byCustomer(Msisdn customer, Set<OperationStatus> statuses, int limit);

  /**
   * The partner's newest operations (at most {@code limit}) whose status is one of
   * {@code statuses}, newest first. A customer's cash-in/out that waits for any agent belongs
   * to no partner until one answers it.
   */
  CompletionStage<List<Operation>> byPartner(String partnerId, Set<OperationStatus> statuses, int limit);

  /**
   * Up to {@code limit} pending operations whose expiry time is at or before {@code now}, the
   * longest overdue first.
   */
  CompletionStage<List<Operation>> overdue(Instant now, int limit);

  /** {@code memory} or {@code redis}. */
  String kind();

  /** The check every {@link #compareAndSet} does before anything else. */
  static void requireNextVersion(Operation expected, Operation next) {
    if (!next.id().equals(expected.id()) || next.version() != expected.version() + 1) {
      throw new IllegalArgumentException("operation " + next.id() + " v" + next.version()
          + " does not follow " + expected.id() + " v" + expected.version());
    }
  }
}
