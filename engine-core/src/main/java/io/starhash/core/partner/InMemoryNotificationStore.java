package io.starhash.core.partner;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Notifications in this process's memory, the latest {@code capacity} per partner. Thread-safe (one lock). */
public final class InMemoryNotificationStore implements NotificationStore {

  private final Clock clock;
  private final int capacity;
  private final Map<String, Deque<Notification>> byPartner = new HashMap<>();
  private final Map<String, Long> lastId = new HashMap<>();

  public InMemoryNotificationStore(Clock clock) {
    this(clock, DEFAULT_CAPACITY);
  }

  public InMemoryNotificationStore(Clock clock, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized CompletionStage<Notification> append(String partnerId, String operationId, String text) {
    Notification.validate(partnerId, operationId, text);
    long id = lastId.merge(partnerId, 1L, Long::sum);
    Notification n = new Notification(id, clock.instant(), partnerId, operationId, text);
    Deque<Notification> kept = byPartner.computeIfAbsent(partnerId, p -> new ArrayDeque<>());
    kept.addLast(n);
    while (kept.size() > capacity) {
      kept.removeFirst();
    }
    return CompletableFuture.completedFuture(n);
  }

  @Override
  public synchronized CompletionStage<List<Notification>> list(String partnerId, long sinceId) {
    List<Notification> out = byPartner.getOrDefault(partnerId, new ArrayDeque<>()).stream()
        .filter(n -> n.id() > sinceId)
        .toList();
    return CompletableFuture.completedFuture(out);
  }
}
