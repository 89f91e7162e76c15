package io.starhash.core.effect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An {@link EffectLedger} for one process: the last {@link #KEEP} keys. Thread-safe. */
public final class InMemoryEffectLedger implements EffectLedger {

  static final int KEEP = 100_000;
  private static final Optional<EffectResult> RUNNING = Optional.empty();

  private final Map<String, Optional<EffectResult>> entries = new LinkedHashMap<>(1024, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Optional<EffectResult>> eldest) {
      return size() > KEEP;
    }
  };

  @Override
  public synchronized CompletionStage<Boolean> claim(String key) {
    return CompletableFuture.completedFuture(entries.putIfAbsent(key, RUNNING) == null);
  }

  @Override
  public synchronized CompletionStage<Void> record(String key, EffectResult result) {
    entries.put(key, Optional.of(result));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<Optional<EffectResult>> find(String key) {
    return CompletableFuture.completedFuture(entries.getOrDefault(key, RUNNING));
  }
}
