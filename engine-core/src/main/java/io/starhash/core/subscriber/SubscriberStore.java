package io.starhash.core.subscriber;

import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where subscribers and their staged PIN changes live. Implementations:
 * {@link InMemorySubscriberStore} (the embedded default) and
 * {@code io.starhash.core.subscriber.redis.RedisSubscriberStore}.
 *
 * <p>Every change is a compare-and-set of the whole subscriber, so that concurrent updates (two
 * wrong PINs at once) never overwrite each other: the loser reads again and retries.
 *
 * <p>Thread-safe. Stages never block the caller; they complete exceptionally with
 * {@link SubscriberStoreException} when the store does not answer.
 */
public interface SubscriberStore {

  CompletionStage<Optional<Subscriber>> find(Msisdn msisdn);

  /** Stores a new subscriber; false (and nothing changed) if the number is already registered. */
  CompletionStage<Boolean> create(Subscriber subscriber);

  /**
   * Replaces {@code expected} by {@code updated} only if the stored subscriber still equals
   * {@code expected}; false if it changed meanwhile or is gone.
   *
   * @throws IllegalArgumentException if the two are not of the same number
   */
  CompletionStage<Boolean> replace(Subscriber expected, Subscriber updated);

  /**
   * Keeps {@code change} for its number, replacing any staged before; the store may forget it
   * after {@code ttl}. Callers still check {@link StagedChange#stagedAt()} against their clock.
   */
  CompletionStage<Void> stage(StagedChange change, Duration ttl);

  /** The change staged for {@code msisdn}, if the store still has it. */
  CompletionStage<Optional<StagedChange>> findStaged(Msisdn msisdn);

  /** Removes the staged change only if it is still {@code expected}; true if this call removed it. */
  CompletionStage<Boolean> removeStaged(StagedChange expected);
}
