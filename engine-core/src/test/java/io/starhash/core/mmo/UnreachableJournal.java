package io.starhash.core.mmo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A journal whose store is down: every call fails, as a Redis journal does without Redis. */
final class UnreachableJournal implements Journal {

  private static <T> CompletionStage<T> down() {
    return CompletableFuture.failedFuture(new IllegalStateException("journal store unreachable"));
  }

  @Override
  public CompletionStage<Created> create(JournalEntry entry) {
    return down();
  }

  @Override
  public CompletionStage<Optional<JournalEntry>> find(String clientCorrelationId) {
    return down();
  }

  @Override
  public CompletionStage<JournalEntry> advance(JournalEntry entry) {
    return down();
  }

  @Override
  public CompletionStage<List<JournalEntry>> unfinished() {
    return down();
  }
}
