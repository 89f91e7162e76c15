package io.starhash.core.effect;

import java.util.concurrent.CompletionStage;

/**
 * Runs effects: how flows reach the engine (tokens, money, PINs). The in-memory engine and the
 * real engine are two implementations of this port; flows do not know which one runs.
 *
 * <p>Thread-safe. The stage completes with an outcome of the effect's {@link EffectSpec}; an
 * implementation that fails unexpectedly completes with {@link EffectResult#ERROR}, and the
 * runtime treats an exceptional completion the same way.
 */
public interface EffectPort {

  CompletionStage<EffectResult> run(EffectCall call);

  /** The effects this port can run, for the flow validator. */
  EffectCatalog catalog();
}
