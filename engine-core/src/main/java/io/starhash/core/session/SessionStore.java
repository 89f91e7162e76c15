package io.starhash.core.session;

import io.starhash.core.ussd.SessionId;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where sessions live between hops. Implementations: {@link InMemorySessionStore} (the
 * embedded default) and {@code RedisSessionStore}.
 *
 * <p>Thread-safe. Stages complete exceptionally with {@link SessionStoreException} when the
 * store is unreachable or slower than its timeout; they never block the caller's thread.
 */
public interface SessionStore extends AutoCloseable {

  /** The session, or empty if there is none or it has expired. */
  CompletionStage<Optional<Session>> load(SessionId id);

  /**
   * Saves {@code session} only if the stored session's hop counter equals {@code expectedHop}
   * ({@code 0}: only if no session is stored), and (re)starts its time to live.
   *
   * @return true if saved, false if another hop got there first
   */
  CompletionStage<Boolean> compareAndSet(Session session, int expectedHop);

  /** A quick check that the store answers, for {@code /health}. */
  CompletionStage<StoreHealth> health();

  /** How many sessions are live, if the store can tell cheaply; -1 if it cannot. */
  long activeSessions();

  /** {@code memory} or {@code redis}. */
  String kind();

  @Override
  void close();

  /** The answer of {@link #health()}. */
  record StoreHealth(boolean up, String detail) {}
}
