package io.starhash.core.mmo;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction in the journal: the request as posted, its state and what the MMO said.
 *
 * @param attempts how many times this transaction was posted (informational; a crash may lose
 *     the count of a last post, which is why a {@link TxState#JOURNALED} entry is "maybe posted")
 */
public record JournalEntry(TxRequest request, TxState state, Optional<String> serverCorrelationId,
    Optional<String> transactionReference, Optional<MmoError> error, int attempts,
    Instant createdAt, Instant updatedAt) {

  public JournalEntry {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(serverCorrelationId, "serverCorrelationId");
    Objects.requireNonNull(transactionReference, "transactionReference");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    if (state == TxState.POSTED && serverCorrelationId.isEmpty()) {
      throw new IllegalArgumentException("a POSTED entry needs its serverCorrelationId");
    }
    if (state == TxState.COMPLETED && transactionReference.isEmpty()) {
      throw new IllegalArgumentException("a COMPLETED entry needs its transactionReference");
    }
    if (state == TxState.FAILED && error.isEmpty()) {
      throw new IllegalArgumentException("a FAILED entry needs its error");
    }
  }

  /** A new entry, journaled before anything is posted. */
  public static JournalEntry journaled(TxRequest request, Instant now) {
    return new JournalEntry(request, TxState.JOURNALED, Optional.empty(), Optional.empty(),
        Optional.empty(), 0, now, now);
  }

  public String clientCorrelationId() {
    return request.clientCorrelationId();
  }

  /** This entry with one more post counted. */
  public JournalEntry attempted(Instant now) {
    return new JournalEntry(request, state, serverCorrelationId, transactionReference, error,
        attempts + 1, createdAt, now);
  }

  /** Accepted by the MMO under {@code serverCorrelationId}. */
  public JournalEntry posted(String serverCorrelationId, Instant now) {
    return new JournalEntry(request, TxState.POSTED, Optional.of(serverCorrelationId),
        transactionReference, error, attempts, createdAt, now);
  }

  /** Posted without an answer: the MMO may or may not have it. */
  public JournalEntry inDoubt(Instant now) {
    return new JournalEntry(request, TxState.IN_DOUBT, serverCorrelationId, transactionReference,
        error, attempts, createdAt, now);
  }

  public JournalEntry completed(String transactionReference, Instant now) {
    return new JournalEntry(request, TxState.COMPLETED, serverCorrelationId,
        Optional.of(transactionReference), Optional.empty(), attempts, createdAt, now);
  }

  public JournalEntry failed(MmoError error, Instant now) {
    return new JournalEntry(request, TxState.FAILED, serverCorrelationId, transactionReference,
        Optional.of(error), attempts, createdAt, now);
  }

  /**
   * The result this entry stands for: Completed, Declined, Unavailable (FAILED with a
   * {@code serviceUnavailable} error: nothing was accepted) or Pending for a state not final.
   */
  public TxResult result() {
    String id = clientCorrelationId();
    return switch (state) {
      case COMPLETED -> new TxResult.Completed(id, transactionReference.orElseThrow());
      case FAILED -> error.orElseThrow().isServiceUnavailable()
          ? new TxResult.Unavailable(id, error.orElseThrow().description())
          : new TxResult.Declined(id, error.orElseThrow());
      case JOURNALED, POSTED, IN_DOUBT -> new TxResult.Pending(id);
    };
  }

  @Override
  public String toString() {
    return "JournalEntry[" + clientCorrelationId() + " " + request.type().wire() + " "
        + request.amount() + " " + state + " attempts=" + attempts
        + serverCorrelationId.map(s -> " scid=" + s).orElse("")
        + transactionReference.map(r -> " ref=" + r).orElse("")
        + error.map(e -> " error=" + e.category() + "/" + e.code()).orElse("") + "]";
  }
}
