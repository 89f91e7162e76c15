package io.starhash.core.mmo;

/** Where a submitted transaction stands when the caller stops waiting. */
public sealed interface TxResult {

  String clientCorrelationId();

  /** The MMO completed it: money moved. */
  record Completed(String clientCorrelationId, String transactionReference) implements TxResult {}

  /** The MMO refused it: no money moved. */
  record Declined(String clientCorrelationId, MmoError error) implements TxResult {}

  /**
   * Accepted or in doubt, not final yet: the journal keeps following it and tells the
   * {@link TxListener}s when it is. Never report this as success or as failure.
   */
  record Pending(String clientCorrelationId) implements TxResult {}

  /** The MMO could not be reached and nothing was accepted: no money moved, safe to say so. */
  record Unavailable(String clientCorrelationId, String reason) implements TxResult {}
}
