package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.mmo.MmoError;
import io.starhash.core.money.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts transaction requests once per client correlation id, processes them later on the
 * scheduler, records their final state, then sends the callback.
 *
 * <p>Thread-safe.
 */
final class TxService {

  private static final Logger log = LoggerFactory.getLogger(TxService.class);

  /** What a submission got. */
  sealed interface Submission {
    /** Accepted now ({@code fresh}) or before: the request's state as it stands. */
    record Accepted(RequestRecord state, boolean fresh) implements Submission {}

    /** The client correlation id already names a different request. */
    record Conflict(MmoError error) implements Submission {}
  }

  private final Book book;
  private final Requests requests;
  private final CallbackSender callbacks;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Money maxTransaction;
  private final Duration processingDelay;

  TxService(Book book, Requests requests, CallbackSender callbacks, ScheduledExecutorService scheduler,
      MmoSimulatorSettings settings) {
    this.book = book;
    this.requests = requests;
    this.callbacks = callbacks;
    this.scheduler = scheduler;
    this.clock = settings.clock();
    this.maxTransaction = settings.maxTransaction();
    this.processingDelay = settings.processingDelay();
  }

  /**
   * Accepts {@code intent} under {@code clientCorrelationId} unless that id is taken; a new request
   * is processed after the fault's delay (or the usual one), its callback shaped by {@code fault}.
   *
   * @param callbackUrl null for polling
   * @param fault null for none
   */
  Submission submit(String clientCorrelationId, TxIntent intent, URI callbackUrl, Fault fault) {
    RequestRecord fresh = RequestRecord.pending(UUID.randomUUID().toString(), clientCorrelationId, intent,
        callbackUrl, clock.instant());
    Optional<RequestRecord> existing = requests.addIfAbsent(fresh);
    if (existing.isPresent()) {
      if (!existing.get().intent().equals(intent)) {
        return new Submission.Conflict(MmapiErrors.businessRule(MmapiErrors.DUPLICATE,
            "X-CorrelationID " + clientCorrelationId + " is already used by a different request"));
      }
      log.info("cc={} resent: {}", clientCorrelationId, existing.get().status().wire());
      return new Submission.Accepted(existing.get(), false);
    }
    Duration delay = fault != null && !fault.delay().isZero() ? fault.delay() : processingDelay;
    int callbacksToSend = fault == null ? 1 : fault.lostCallback() ? 0 : fault.duplicateCallback() ? 2 : 1;
    log.debug("cc={} accepted {} as {}", clientCorrelationId, intent.type().wire(), fresh.serverCorrelationId());
    try {
      scheduler.schedule(() -> process(fresh, callbacksToSend), delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      log.warn("cc={} not processed: the simulator is closing", clientCorrelationId);
    }
    return new Submission.Accepted(fresh, true);
  }

  private void process(RequestRecord pending, int callbacksToSend) {
    try {
      Outcome outcome = decide(pending);
      RequestRecord done = pending.finish(outcome, clock.instant());
      requests.update(done);
      JsonNode body;
      if (outcome instanceof Outcome.Completed c) {
        log.info("cc={} completed {}", done.clientCorrelationId(), c.transaction().reference());
        body = Shapes.transaction(c.transaction());
      } else {
        log.info("cc={} failed {}/{}", done.clientCorrelationId(), done.error().category(), done.error().code());
        body = Shapes.failureCallback(done);
      }
      if (done.callbackUrl() != null) {
        callbacks.send(done.callbackUrl(), done.clientCorrelationId(), body, callbacksToSend);
      }
    } catch (RuntimeException e) {
      log.error("cc={} processing crashed; the request stays pending", pending.clientCorrelationId(), e);
    }
  }

  private Outcome decide(RequestRecord r) {
    Book.Ids ids = new Book.Ids(r.clientCorrelationId(), r.serverCorrelationId());
    if (r.intent() instanceof TxIntent.Reversal reversal) {
      return book.reverse(reversal, ids);
    }
    TxIntent.Payment payment = (TxIntent.Payment) r.intent();
    if (payment.amount().isGreaterThan(maxTransaction)) {
      return new Outcome.Failed(MmapiErrors.businessRule(MmoError.OVER_MAX,
          Shapes.amount(payment.amount()) + " is more than the maximum " + Shapes.amount(maxTransaction)));
    }
    return book.pay(payment, ids);
  }
}
