package io.starhash.server.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens many sessions through a running server: the first hop (the dial) of each, left open
 * (a CON screen), with at most {@code inFlight} requests outstanding.
 */
final class SessionOpener {

  private final AtClient client;
  private final List<String> msisdns;
  private final int inFlight;

  SessionOpener(AtClient client, List<String> msisdns, int inFlight) {
    if (msisdns.isEmpty() || inFlight < 1) {
      throw new IllegalArgumentException("need at least one msisdn and one request in flight");
    }
    this.client = client;
    this.msisdns = List.copyOf(msisdns);
    this.inFlight = inFlight;
  }

  /** What opening gave: how many sessions are open, and the first failure if any failed. */
  record Opened(long open, long failed, String firstFailure) {}

  /**
   * Dials {@code count} sessions with ids {@code prefix0 .. prefix(count-1)}, returning when
   * every one was answered.
   */
  Opened open(String prefix, int count) throws InterruptedException {
    Semaphore slots = new Semaphore(inFlight);
    AtomicLong open = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    for (int i = 0; i < count; i++) {
      slots.acquire();
      String msisdn = msisdns.get(i % msisdns.size());
      CompletableFuture<String> reply;
      try {
        reply = client.hop(prefix + i, msisdn, "");
      } catch (RuntimeException e) {
        reply = CompletableFuture.failedFuture(e);
      }
      reply.whenComplete((body, e) -> {
        if (e == null && body.startsWith("CON ")) {
          open.incrementAndGet();
        } else {
          failed.incrementAndGet();
          firstFailure.compareAndSet(null, e != null ? String.valueOf(e.getCause() != null ? e.getCause() : e)
              : "not a CON screen: " + body);
        }
        slots.release();
      });
    }
    slots.acquire(inFlight);
    return new Opened(open.get(), failed.get(), firstFailure.get());
  }
}
