package io.starhash.core.mmo;

/**
 * Where a journaled transaction stands: {@code JOURNALED -> POSTED -> COMPLETED | FAILED}, with
 * {@code IN_DOUBT} when a post got no answer and the MMO has not yet said whether it received it.
 */
public enum TxState {
  /** Journaled; maybe posted (a crash may have come between the post and its answer). */
  JOURNALED,
  /** Accepted by the MMO ({@code serverCorrelationId} known), not final yet. */
  POSTED,
  /** A post timed out or broke; whether the MMO received it is unknown. */
  IN_DOUBT,
  /** Final: money moved ({@code transactionReference} known). */
  COMPLETED,
  /** Final: no money moved (refused, or never accepted). */
  FAILED;

  public boolean isFinal() {
    return this == COMPLETED || this == FAILED;
  }
}
