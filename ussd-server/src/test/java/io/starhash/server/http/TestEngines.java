package io.starhash.server.http;

import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.UssdEngine;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/** Real, scripted {@link UssdEngine}s for the tests. */
final class TestEngines {

  private TestEngines() {}

  /** The echo engine's answer: "Welcome" on the first hop, then what was typed; "0" ends. */
  static HopResult echo(Hop hop) {
    if (hop.text().isEmpty()) {
      return new HopResult(Screen.con("Welcome"), "echo", HopResult.Outcome.CONTINUE);
    }
    if (hop.text().endsWith("0")) {
      return new HopResult(Screen.end("Bye"), "echo", HopResult.Outcome.END);
    }
    return new HopResult(Screen.con("you typed " + hop.text()), "echo", HopResult.Outcome.CONTINUE);
  }

  /** Answers at once with {@link #echo} and remembers every hop. */
  static final class Recording implements UssdEngine {
    final List<Hop> hops = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<HopResult> handle(Hop hop) {
      hops.add(hop);
      return CompletableFuture.completedFuture(echo(hop));
    }
  }

  /** Answers only when the test completes the hop's future, from whatever thread it likes. */
  static final class Pending implements UssdEngine {
    final BlockingQueue<PendingHop> pending = new LinkedBlockingQueue<>();

    @Override
    public CompletionStage<HopResult> handle(Hop hop) {
      CompletableFuture<HopResult> future = new CompletableFuture<>();
      pending.add(new PendingHop(hop, future));
      return future;
    }
  }

  record PendingHop(Hop hop, CompletableFuture<HopResult> future) {
    void answer(Screen screen) {
      future.complete(new HopResult(screen, "test", screen.continues() ? HopResult.Outcome.CONTINUE : HopResult.Outcome.END));
    }
  }
}
