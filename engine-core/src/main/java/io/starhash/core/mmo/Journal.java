package io.starhash.core.mmo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The transaction journal: every transaction is written here before it is posted, and its state
 * follows what the MMO says, so that a restarted engine can finish what a crash interrupted.
 *
 * <p>Thread-safe. Stages complete exceptionally when the store cannot be reached; they may
 * complete on the store's I/O threads, so continuations must be quick.
 */
public interface Journal {

  /**
   * Stores {@code entry} unless an entry with its clientCorrelationId exists, atomically.
   * Completes with the entry now stored and whether it is the one just written.
   */
  CompletionStage<Created> create(JournalEntry entry);

  /** The entry of {@code clientCorrelationId}, if there is one. */
  CompletionStage<Optional<JournalEntry>> find(String clientCorrelationId);

  /**
   * Replaces the stored entry with {@code entry} unless the stored one is final already (a final
   * state never changes). Completes with the entry stored afterwards.
   */
  CompletionStage<JournalEntry> advance(JournalEntry entry);

  /** Every entry without a final state, oldest first. */
  CompletionStage<List<JournalEntry>> unfinished();

  /** The result of {@link #create}. */
  record Created(JournalEntry entry, boolean fresh) {}
}
