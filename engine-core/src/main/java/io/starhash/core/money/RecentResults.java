package io.starhash.core.money;

import io.starhash.core.effect.EffectResult;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The results of the latest effect calls by idempotency key, so that a call made twice does
 * its work once. Bounded to {@code capacity} keys, oldest forgotten first. Thread-safe: a
 * second call with a key whose first call is still running gets the same result.
 */
final class RecentResults {

  private final int capacity;
  private final Map<String, CompletableFuture<EffectResult>> results = new LinkedHashMap<>();

  RecentResults(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** The result of the first call with {@code key}; runs {@code work} only if there was none. */
  CompletableFuture<EffectResult> getOrRun(String key, Supplier<EffectResult> work) {
    CompletableFuture<EffectResult> mine = new CompletableFuture<>();
    synchronized (this) {
      CompletableFuture<EffectResult> first = results.putIfAbsent(key, mine);
      if (first != null) {
        return first;
      }
      Iterator<String> it = results.keySet().iterator();
      while (results.size() > capacity && it.hasNext()) {
        it.next();
        it.remove();
      }
    }
    try {
      mine.complete(work.get());
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
    }
    return mine;
  }

  synchronized int size() {
    return results.size();
  }
}
