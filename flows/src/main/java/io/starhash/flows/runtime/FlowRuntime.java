package io.starhash.flows.runtime;

import io.starhash.core.effect.EffectPort;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.session.Session;
import io.starhash.core.sms.SmsSender;
import io.starhash.flows.text.Paginator;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs one hop of a flow: interprets the input in the current state, lets the flow's state
 * machine decide the next state, runs the effects that states ask for through the
 * {@link EffectPort}, and stops at the next screen. Pure apart from the effects.
 *
 * <p>Thread-safe; each hop gets its own {@link HopRun}.
 */
public final class FlowRuntime {

  private final Deps deps;

  /** What every hop run needs. */
  record Deps(EffectPort effects, SmsSender sms, InputValidators validators, Paginator paginator,
      Clock clock, ScheduledExecutorService timer, RuntimeSettings settings) {}

  public FlowRuntime(EffectPort effects, SmsSender sms, PhoneNumbers phones, Clock clock,
      ScheduledExecutorService timer, RuntimeSettings settings) {
    this.deps = new Deps(effects, sms, new InputValidators(phones, settings.currency(), settings.pinLength()),
        new Paginator(settings.limits()), clock, timer, settings);
  }

  /**
   * Starts a new session (hop counter 0) at its flow's start state, then applies the inputs of
   * a shortcut dial string ({@code *165*3*500#}) as if typed, stopping at a PIN prompt: PINs
   * are never taken from a dial string.
   */
  public CompletionStage<Turn> start(CompiledFlow flow, Session fresh, List<String> shortcut) {
    HopRun run = new HopRun(flow, fresh, deps);
    CompletionStage<Turn> turn = run.enterStart();
    java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
    for (String input : shortcut) {
      turn = turn.thenCompose(t -> {
        if (!run.acceptsShortcut(t)) {
          return CompletableFuture.completedFuture(t);
        }
        applied.incrementAndGet();
        return run.input(input);
      });
    }
    return turn.thenApply(t -> t.withShortcutApplied(applied.get()));
  }

  /** Takes the next input of a session that waits on a menu or an input state. */
  public CompletionStage<Turn> advance(CompiledFlow flow, Session session, String input) {
    return new HopRun(flow, session, deps).input(input);
  }
}
