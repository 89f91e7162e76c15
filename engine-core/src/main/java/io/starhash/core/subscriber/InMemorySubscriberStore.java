package io.starhash.core.subscriber;

import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Subscribers in memory, the embedded default. Thread-safe; stages are already complete. A
 * staged change is forgotten once a later one is staged after its time to live.
 */
public final class InMemorySubscriberStore implements SubscriberStore {

  private record Expiring(StagedChange change, Instant expiresAt) {}

  private final ConcurrentMap<Msisdn, Subscriber> subscribers = new ConcurrentHashMap<>();
  private final ConcurrentMap<Msisdn, Expiring> staged = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Optional<Subscriber>> find(Msisdn msisdn) {
    return done(Optional.ofNullable(subscribers.get(msisdn)));
  }

  @Override
  public CompletionStage<Boolean> create(Subscriber subscriber) {
    return done(subscribers.putIfAbsent(subscriber.msisdn(), subscriber) == null);
  }

  @Override
  public CompletionStage<Boolean> replace(Subscriber expected, Subscriber updated) {
    if (!expected.msisdn().equals(updated.msisdn())) {
      throw new IllegalArgumentException("replace must keep the number");
    }
    return done(subscribers.replace(expected.msisdn(), expected, updated));
  }

  @Override
  public CompletionStage<Void> stage(StagedChange change, Duration ttl) {
    Instant now = change.stagedAt();
    staged.values().removeIf(e -> !e.expiresAt().isAfter(now));
    staged.put(change.msisdn(), new Expiring(change, now.plus(ttl)));
    return done(null);
  }

  @Override
  public CompletionStage<Optional<StagedChange>> findStaged(Msisdn msisdn) {
    return done(Optional.ofNullable(staged.get(msisdn)).map(Expiring::change));
  }

  @Override
  public CompletionStage<Boolean> removeStaged(StagedChange expected) {
    Expiring current = staged.get(expected.msisdn());
    return done(current != null && current.change().equals(expected)
        && staged.remove(expected.msisdn(), current));
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
