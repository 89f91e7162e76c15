package io.starhash.core.subscriber;

import io.starhash.core.phone.Msisdn;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Read-modify-write of one subscriber through the store's compare-and-set: when another update
 * got there first, reads again and reapplies the change, up to {@link #MAX_TRIES} times.
 * Thread-safe; the change function must be quick and free of side effects (it may run again).
 */
final class SubscriberUpdates {

  static final int MAX_TRIES = 16;

  /** What a change makes of a subscriber: the new one (null to leave it as is) and an answer. */
  record Change<T>(Subscriber updated, T outcome) {

    static <T> Change<T> none(T outcome) {
      return new Change<>(null, outcome);
    }
  }

  private final SubscriberStore store;

  SubscriberUpdates(SubscriberStore store) {
    this.store = store;
  }

  /** Applies {@code change}; empty if there is no such subscriber. */
  <T> CompletionStage<Optional<T>> apply(Msisdn msisdn, Function<Subscriber, Change<T>> change) {
    return attempt(msisdn, change, 1);
  }

  private <T> CompletionStage<Optional<T>> attempt(Msisdn msisdn,
      Function<Subscriber, Change<T>> change, int tries) {
    return store.find(msisdn).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(Optional.<T>empty());
      }
      Subscriber current = found.get();
      Change<T> c = change.apply(current);
      if (c.updated() == null || c.updated().equals(current)) {
        return CompletableFuture.completedFuture(Optional.of(c.outcome()));
      }
      return store.replace(current, c.updated()).thenCompose(replaced -> {
        if (replaced) {
          return CompletableFuture.completedFuture(Optional.of(c.outcome()));
        }
        if (tries >= MAX_TRIES) {
          throw new SubscriberStoreException("update of " + msisdn.masked() + " lost "
              + MAX_TRIES + " races in a row", null);
        }
        return attempt(msisdn, change, tries + 1);
      });
    });
  }
}
