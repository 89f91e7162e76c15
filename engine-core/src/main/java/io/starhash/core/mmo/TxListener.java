package io.starhash.core.mmo;

/** Told when a transaction that was {@link TxResult.Pending} reaches its final state. */
@FunctionalInterface
public interface TxListener {

  /** Called once per transaction with its final result ({@link TxResult.Completed} or {@link TxResult.Declined}). */
  void onFinal(TxRequest request, TxResult result);
}
