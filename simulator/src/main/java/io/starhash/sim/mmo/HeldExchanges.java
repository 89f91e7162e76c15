package io.starhash.sim.mmo;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests whose answer is withheld ({@link Fault#timeout()}): each connection is closed without
 * a reply after the hold, or when the simulator closes.
 *
 * <p>Thread-safe.
 */
final class HeldExchanges implements AutoCloseable {

  private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler;
  private final Duration hold;

  HeldExchanges(ScheduledExecutorService scheduler, Duration hold) {
    this.scheduler = scheduler;
    this.hold = hold;
  }

  void hold(HttpExchange ex) {
    held.add(ex);
    try {
      scheduler.schedule(() -> drop(ex), hold.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      drop(ex);
    }
  }

  private void drop(HttpExchange ex) {
    if (held.remove(ex)) {
      ex.close(); // no answer was sent: this closes the connection
    }
  }

  @Override
  public void close() {
    held.forEach(this::drop);
  }
}
