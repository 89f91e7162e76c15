package io.starhash.core.mmo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The journal in this process's memory: the embedded default. It survives a new gateway over the
 * same instance (which is how tests play a crash), not a restart of the process.
 *
 * <p>Thread-safe. Stages are complete when returned. Entries are never dropped.
 */
public final class InMemoryJournal implements Journal {

  private final ConcurrentHashMap<String, JournalEntry> entries = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Created> create(JournalEntry entry) {
    Objects.requireNonNull(entry, "entry");
    JournalEntry before = entries.putIfAbsent(entry.clientCorrelationId(), entry);
    return CompletableFuture.completedFuture(before == null
        ? new Created(entry, true)
        : new Created(before, false));
  }

  @Override
  public CompletionStage<Optional<JournalEntry>> find(String clientCorrelationId) {
    return CompletableFuture.completedFuture(Optional.ofNullable(entries.get(clientCorrelationId)));
  }

  @Override
  public CompletionStage<JournalEntry> advance(JournalEntry entry) {
    Objects.requireNonNull(entry, "entry");
    JournalEntry stored = entries.merge(entry.clientCorrelationId(), entry,
        (cur, next) -> cur.state().isFinal() ? cur : next);
    return CompletableFuture.completedFuture(stored);
  }

  @Override
  public CompletionStage<List<JournalEntry>> unfinished() {
    return CompletableFuture.completedFuture(entries.values().stream()
        .filter(e -> !e.state().isFinal())
        .sorted(Comparator.comparing(JournalEntry::createdAt))
        .collect(Collectors.toList()));
  }
}
