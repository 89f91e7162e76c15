package io.starhash.core.mmo;

import java.util.concurrent.CompletableFuture;

/**
 * The callers' side of one transaction: what the first submit gets (the final result, or
 * Pending once it stops waiting), what later submits of the same id get, and whether the
 * listeners must hear of the end because no caller did.
 *
 * <p>Thread-safe.
 */
final class TxAnswer {

  private final String id;
  private final CompletableFuture<TxResult> first = new CompletableFuture<>();
  private final CompletableFuture<TxResult> fin = new CompletableFuture<>();

  TxAnswer(String clientCorrelationId) {
    this.id = clientCorrelationId;
  }

  /** The first caller's answer. */
  CompletableFuture<TxResult> first() {
    return first;
  }

  /** The first caller stops waiting: it gets Pending unless the final result came already. */
  void stopWaiting() {
    first.complete(new TxResult.Pending(id));
  }

  /** For a later caller: the final result, or Pending after {@code finalWait}. */
  CompletableFuture<TxResult> attach(TxContext ctx) {
    CompletableFuture<TxResult> view = fin.copy();
    ctx.later(() -> view.complete(new TxResult.Pending(id)), ctx.settings().finalWait());
    return view;
  }

  /**
   * Hands out the final result (once; later calls do nothing). Returns whether the listeners
   * must be told: true when the first caller had stopped waiting.
   */
  boolean finish(TxResult result) {
    return fin.complete(result) && !first.complete(result);
  }
}
