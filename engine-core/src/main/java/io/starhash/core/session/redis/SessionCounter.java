package io.starhash.core.session.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts session keys in the background (SCAN, 1000 keys a step, every {@code every}) so that
 * {@link #last()} never touches Redis. The count is approximate: SCAN may see a key twice
 * while Redis rehashes, and it covers the one node the connection talks to.
 *
 * <p>Thread-safe. A scan that finishes after a later-started one never overwrites its count.
 */
final class SessionCounter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SessionCounter.class);
  private static final ScanArgs ARGS = ScanArgs.Builder.matches(SessionLayout.KEY_PATTERN).limit(1000);

  private final RedisAsyncCommands<byte[], byte[]> commands;
  private final ScheduledExecutorService timer;
  private long last = -1;
  private long lastTicket;
  private long nextTicket;
  private boolean scheduledInFlight;

  SessionCounter(RedisAsyncCommands<byte[], byte[]> commands, Duration every) {
    this.commands = commands;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "redis-session-counter");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::scheduledRefresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The last count, or -1 before the first scan has finished. */
  synchronized long last() {
    return last;
  }

  /** Starts a scan now; completes with its count (also kept as {@link #last()}). */
  CompletionStage<Long> refresh() {
    long ticket;
    synchronized (this) {
      ticket = ++nextTicket;
    }
    return scan(ScanCursor.INITIAL, 0).thenApply(n -> {
      record(ticket, n);
      return n;
    });
  }

  private synchronized void record(long ticket, long count) {
    if (ticket > lastTicket) {
      lastTicket = ticket;
      last = count;
    }
  }

  private void scheduledRefresh() {
    synchronized (this) {
      if (scheduledInFlight) {
        return;
      }
      scheduledInFlight = true;
    }
    try {
      refresh().whenComplete((n, e) -> {
        synchronized (this) {
          scheduledInFlight = false;
        }
        if (e != null) {
          log.debug("session count failed: {}", e.toString());
        }
      });
    } catch (RuntimeException e) {
      synchronized (this) {
        scheduledInFlight = false;
      }
      log.debug("session count failed: {}", e.toString());
    }
  }

  private CompletionStage<Long> scan(ScanCursor cursor, long sofar) {
    return commands.scan(cursor, ARGS).thenCompose((KeyScanCursor<byte[]> c) -> {
      long n = sofar + c.getKeys().size();
      return c.isFinished() ? CompletableFuture.completedFuture(n) : scan(c, n);
    });
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
