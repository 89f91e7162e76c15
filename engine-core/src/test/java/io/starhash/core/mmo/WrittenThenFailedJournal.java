package io.starhash.core.mmo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A journal whose create lands, then reports a failure, as a Redis command that timed out may. */
final class WrittenThenFailedJournal implements Journal {

  private final Journal real;

  WrittenThenFailedJournal(Journal real) {
    this.real = real;
  }

  @Override
  public CompletionStage<Created> create(JournalEntry entry) {
    return real.create(entry).thenCompose(c ->
        CompletableFuture.failedFuture(new IllegalStateException("command timed out")));
  }

  @Override
  public CompletionStage<Optional<JournalEntry>> find(String clientCorrelationId) {
    return real.find(clientCorrelationId);
  }

  @Override
  public CompletionStage<JournalEntry> advance(JournalEntry entry) {
    return real.advance(entry);
  }

  @Override
  public CompletionStage<List<JournalEntry>> unfinished() {
    return real.unfinished();
  }
}
