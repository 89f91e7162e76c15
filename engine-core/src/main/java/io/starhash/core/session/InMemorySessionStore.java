package io.starhash.core.session;

import io.starhash.core.ussd.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in this process's memory, expiring {@code ttl} after their last save: the embedded
 * default. Stores the encoded bytes, as Redis would, so that both stores behave alike.
 *
 * <p>Thread-safe. Expired sessions are dropped when read and by {@link #evictExpired()}, which a
 * save runs at most once per quarter of the time to live (a sweep is linear in the sessions),
 * so memory stays bounded by the sessions of about one time to live.
 */
public final class InMemorySessionStore implements SessionStore {


  private final ConcurrentHashMap<SessionId, Entry> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final long ttlMillis;
  private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong();

  public InMemorySessionStore(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttlMillis = ttl.toMillis();
    if (ttlMillis <= 0) {
      throw new IllegalArgumentException("ttl must be positive");
    }
  }

  private record Entry(int hop, byte[] bytes, long expiresAt) {}

  @Override
  public CompletionStage<Optional<Session>> load(SessionId id) {
    Entry e = sessions.get(id);
    if (e == null) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    if (e.expiresAt <= clock.millis()) {
      sessions.remove(id, e);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return CompletableFuture.completedFuture(Optional.of(SessionCodec.decode(e.bytes)));
  }

  @Override
  public CompletionStage<Boolean> compareAndSet(Session session, int expectedHop) {
    long now = clock.millis();
    Entry next = new Entry(session.hop(), SessionCodec.encode(session), now + ttlMillis);
    boolean[] saved = {false};
    sessions.compute(session.id(), (id, cur) -> {
      boolean absent = cur == null || cur.expiresAt <= now;
      boolean matches = expectedHop == 0 ? absent : !absent && cur.hop == expectedHop;
      if (!matches) {
        return absent ? null : cur;
      }
      saved[0] = true;
      return next;
    });
    long last = lastSweep.get();
    if (now - last > ttlMillis / 4 && lastSweep.compareAndSet(last, now)) {
      evictExpired();
    }
    return CompletableFuture.completedFuture(saved[0]);
  }

  /** Drops every expired session. */
  public void evictExpired() {
    long now = clock.millis();
    sessions.values().removeIf(e -> e.expiresAt <= now);
  }

  @Override
  public CompletionStage<StoreHealth> health() {
    return CompletableFuture.completedFuture(new StoreHealth(true, "in-memory"));
  }

  @Override
  public long activeSessions() {
    long now = clock.millis();
    return sessions.values().stream().filter(e -> e.expiresAt > now).count();
  }

  @Override
  public String kind() {
    return "memory";
  }

  @Override
  public void close() {
    sessions.clear();
  }
}
