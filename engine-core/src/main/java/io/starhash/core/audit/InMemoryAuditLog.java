package io.starhash.core.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The audit log in memory, keeping the latest {@code capacity} events (the oldest are dropped).
 * Thread-safe; stages are already complete.
 */
public final class InMemoryAuditLog implements AuditLog {

  /** What {@link #InMemoryAuditLog()} keeps. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Deque<AuditEvent> events = new ArrayDeque<>();

  public InMemoryAuditLog() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryAuditLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("audit capacity must be positive");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized CompletionStage<Void> record(AuditEvent event) {
    if (events.size() == capacity) {
      events.removeFirst();
    }
    events.addLast(event);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<List<AuditEvent>> recent(int limit) {
    List<AuditEvent> out = new ArrayList<>(Math.min(Math.max(limit, 0), events.size()));
    for (Iterator<AuditEvent> it = events.descendingIterator(); it.hasNext() && out.size() < limit; ) {
      out.add(it.next());
    }
    return CompletableFuture.completedFuture(out);
  }
}
