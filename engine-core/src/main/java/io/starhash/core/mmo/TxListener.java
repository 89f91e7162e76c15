package io.starhash.core.mmo;

/**
 * Told when a transaction reaches its final state and {@link MmoGateway#submit} did not already
 * return that state: it returned {@link TxResult.Pending}, or the transaction was finished by
 * {@link MmoGateway#resume()} or by a callback for a transaction this process did not submit.
 */
@FunctionalInterface
public interface TxListener {

  /**
   * Called once per transaction per process with its final result: {@link TxResult.Completed},
   * {@link TxResult.Declined} or {@link TxResult.Unavailable} (never accepted, no money moved).
   * Called on a gateway thread; must be quick and must not throw (a throw is logged and ignored).
   */
  void onFinal(TxRequest request, TxResult result);
}
