package io.starhash.core.effect;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Who runs an effect that must run once: the first caller to claim its idempotency key, on any
 * server instance. A gateway that resends a slow hop to another instance must not move money
 * twice. Keys are opaque (hashed by the caller); results are kept for a day.
 *
 * <p>Thread-safe.
 */
public interface EffectLedger {

  /** True if the key was free and is now claimed by this caller, who must then {@link #record} the result. */
  CompletionStage<Boolean> claim(String key);

  /** The result of a claimed key, for callers that lost the claim. */
  CompletionStage<Void> record(String key, EffectResult result);

  /** The recorded result, or empty while the claimer is still running it. */
  CompletionStage<Optional<EffectResult>> find(String key);
}
