package io.starhash.core.money;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An {@link EffectPort} that starts every call of another port only after a delay, without
 * blocking a thread: for tests of the hop budget (a slow money engine). Thread-safe.
 * The scheduler belongs to the caller, who shuts it down.
 */
public final class SlowEffects implements EffectPort {

  private final EffectPort delegate;
  private final Duration delay;
  private final ScheduledExecutorService scheduler;

  public SlowEffects(EffectPort delegate, Duration delay, ScheduledExecutorService scheduler) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.delay = Objects.requireNonNull(delay, "delay");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay");
    }
  }

  /** Completes exceptionally if the scheduler refuses the call (it was shut down). */
  @Override
  public CompletionStage<EffectResult> run(EffectCall call) {
    CompletableFuture<EffectResult> result = new CompletableFuture<>();
    try {
      scheduler.schedule(() -> {
        try {
          delegate.run(call).whenComplete((r, e) -> {
            if (e != null) {
              result.completeExceptionally(e);
            } else {
              result.complete(r);
            }
          });
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      }, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  @Override
  public EffectCatalog catalog() {
    return delegate.catalog();
  }
}
