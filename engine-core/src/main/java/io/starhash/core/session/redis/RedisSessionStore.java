package io.starhash.core.session.redis;

import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisFailure;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionStore;
import io.starhash.core.session.SessionStoreException;
import io.starhash.core.session.SessionStoreException.Reason;
import io.starhash.core.ussd.SessionId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in Redis: one key per session, {@code sh:{<sessionId>}:s}, loaded with one GET and
 * saved with one Lua compare-and-set that also restarts the time to live.
 *
 * <p>Thread-safe. Stages never block the caller; they complete on Lettuce's I/O threads, and
 * exceptionally with {@link SessionStoreException} (UNAVAILABLE, TIMEOUT, OVERLOADED, or
 * CORRUPT for a value that does not decode). {@link #activeSessions()} returns a count kept by
 * a background SCAN every 15 seconds, -1 before the first one.
 */
public final class RedisSessionStore implements SessionStore {

  private static final Logger log = LoggerFactory.getLogger(RedisSessionStore.class);
  private static final Duration COUNT_EVERY = Duration.ofSeconds(15);

  private final SharedRedis redis;
  private final boolean ownsRedis;
  private final byte[] ttlMillis;
  private final SessionCounter counter;

  /** A store on a connection shared with other stores; {@link #close()} leaves it open. */
  public RedisSessionStore(SharedRedis redis, Duration ttl) {
    this(redis, ttl, false);
  }

  private RedisSessionStore(SharedRedis redis, Duration ttl, boolean ownsRedis) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.ownsRedis = ownsRedis;
    this.ttlMillis = RedisBytes.ascii(Long.toString(positiveMillis(ttl)));
    this.counter = new SessionCounter(redis.async(), COUNT_EVERY);
  }

  /**
   * Connects to Redis now and returns a store that owns the connection.
   *
   * @throws io.starhash.core.redis.RedisUnreachableException if Redis cannot be reached
   */
  public static RedisSessionStore connect(RedisSettings settings, Duration ttl) {
    positiveMillis(ttl);
    SharedRedis redis = RedisConnections.open(settings);
    try {
      return new RedisSessionStore(redis, ttl, true);
    } catch (RuntimeException e) {
      redis.close();
      throw e;
    }
  }

  private static long positiveMillis(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.toMillis() <= 0) {
      throw new IllegalArgumentException("session ttl must be at least 1 ms");
    }
    return ttl.toMillis();
  }

  @Override
  public CompletionStage<Optional<Session>> load(SessionId id) {
    return call("load", id, () -> redis.async().get(SessionLayout.key(id)),
        value -> value == null ? Optional.empty() : Optional.of(decode(id, value)));
  }

  private static Session decode(SessionId id, byte[] value) {
    try {
      return SessionLayout.session(value);
    } catch (IllegalArgumentException e) {
      log.warn("{} corrupt session value in redis ({} bytes): {}", id, value.length, e.getMessage());
      throw new SessionStoreException(Reason.CORRUPT,
          "corrupt session value for " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public CompletionStage<Boolean> compareAndSet(Session session, int expectedHop) {
    if (expectedHop < 0) {
      throw new IllegalArgumentException("expectedHop must not be negative");
    }
    byte[] value = SessionLayout.value(session);
    return call("save", session.id(), () -> CasScript.run(redis,
        SessionLayout.key(session.id()), expectedHop, value, ttlMillis), Function.identity());
  }

  /** Runs one Redis call and maps its result, turning every failure into a store exception. */
  private <T, R> CompletionStage<R> call(String op, SessionId id,
      Supplier<CompletionStage<T>> command, Function<T, R> then) {
    return RedisCall.map(command, then, (failure, cause) -> {
      Reason reason = Reason.valueOf(failure.name());
      log.debug("{} redis {} failed ({}): {}", id, op, reason, cause.toString());
      return new SessionStoreException(reason,
          RedisCall.message("redis " + op + " of " + id, redis, failure, cause), cause);
    });
  }

  /** Up with the server's version and address, or down with the reason; never exceptional. */
  @Override
  public CompletionStage<StoreHealth> health() {
    CompletableFuture<StoreHealth> out = new CompletableFuture<>();
    try {
      redis.describe().whenComplete((detail, e) -> out.complete(e == null
          ? new StoreHealth(true, detail)
          : down(e)));
    } catch (RuntimeException e) {
      out.complete(down(e));
    }
    return out;
  }

  private StoreHealth down(Throwable e) {
    Throwable cause = RedisFailure.unwrap(e);
    return new StoreHealth(false, "redis at " + redis.settings().address() + ": "
        + RedisFailure.of(cause) + " " + cause.getMessage());
  }

  @Override
  public long activeSessions() {
    return counter.last();
  }

  /** Counts the sessions now instead of waiting for the background count. */
  CompletionStage<Long> refreshActiveSessions() {
    return counter.refresh();
  }

  @Override
  public String kind() {
    return "redis";
  }

  /** Stops the background count; closes the connection if {@link #connect} opened it. */
  @Override
  public void close() {
    counter.close();
    if (ownsRedis) {
      redis.close();
    }
  }
}
