package io.starhash.core.mmo;

import io.starhash.core.mmo.TxCalls.Lookup;
import io.starhash.core.mmo.TxCalls.Posted;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one transaction in this process until it is final: posts it, and after any answer but
 * an acceptance asks the MMO whether it has it before anything else; polls until a callback or a
 * poll says it is final; journals every step. It posts only while the MMO has said it does not
 * have the transaction (a 404 from {@code /responses}, or a refusal to accept it) and never while
 * a post is in doubt, at most {@code maxPostAttempts} times.
 *
 * <p>Thread-safe: one chain of steps (post, check, post, ...) runs at a time, on the worker
 * threads; callbacks may arrive on any thread. State is guarded by {@code this}.
 */
final class TxFollower {

  private static final Logger log = LoggerFactory.getLogger(TxFollower.class);

  private final TxContext ctx;
  private final TxRequest request;
  private final String id;
  private final TxAnswer answer;
  private final Backoff retries;
  private final Backoff polls;
  private Instant followUntil;
  private JournalEntry entry;
  private int posts;
  /** The MMO said it has the transaction: never post again. */
  private boolean received;
  /** A post got no answer and no lookup has settled whether it arrived: do not post. */
  private boolean inDoubt;
  /** The MMO lost its request state: look the transaction up by our id. */
  private boolean askById;
  private String lastFailure = "no answer";
  private boolean finished;

  TxFollower(TxRequest request, TxContext ctx) {
    this.ctx = ctx;
    this.request = request;
    this.id = request.clientCorrelationId();
    this.answer = new TxAnswer(id);
    this.retries = new Backoff(ctx.settings().pollInitial(), ctx.settings().pollMax());
    this.polls = new Backoff(ctx.settings().pollInitial(), ctx.settings().pollMax());
  }

  TxRequest request() {
    return request;
  }

  TxAnswer answer() {
    return answer;
  }

  /** Posts a transaction just journaled as {@code created}. */
  synchronized void start(JournalEntry created) {
    begin(created);
    post();
  }

  /**
   * Finishes a transaction journaled earlier without a final state: a POSTED one is polled, a
   * JOURNALED (maybe posted) or IN_DOUBT one is first looked up, and posted only if the MMO says
   * it never received it.
   */
  synchronized void recover(JournalEntry journaled) {
    begin(journaled);
    if (journaled.state() == TxState.POSTED) {
      received = true;
    } else {
      inDoubt = true;
    }
    log.info("{} resuming {} {} ({}, {} posts so far)", id, request.type().wire(),
        request.amount(), journaled.state(), journaled.attempts());
    check();
  }

  /** Takes over a transaction only to apply a callback to it: its caller is not waiting. */
  synchronized void adopt(JournalEntry journaled) {
    begin(journaled);
    answer.stopWaiting();
  }

  private void begin(JournalEntry e) {
    entry = e;
    followUntil = ctx.clock().instant().plus(ctx.settings().followFor());
  }

  /** A callback from the MMO: a final state finishes the transaction; anything else is noted. */
  synchronized void onCallback(Progress progress) {
    if (finished) {
      return; // a duplicate: changes nothing
    }
    if (progress instanceof Progress.Done || progress instanceof Progress.Refused) {
      apply(progress, false);
    } else if (progress instanceof Progress.Accepted) {
      received = true;
      inDoubt = false;
      ((Progress.Accepted) progress).serverCorrelationId().ifPresent(this::notePosted);
    }
  }

  private synchronized void post() {
    if (finished) {
      return;
    }
    posts++;
    entry = entry.attempted(now());
    log.info("{} posting {} {} {} -> {} (attempt {})", id, request.type().wire(), request.amount(),
        request.debit(), request.credit(), posts);
    ctx.calls().post(request).whenCompleteAsync((posted, e) ->
        onPostAnswer(posted == null ? new Posted.InDoubt(String.valueOf(e)) : posted), ctx.worker());
  }

  private synchronized void onPostAnswer(Posted posted) {
    if (finished) {
      return;
    }
    if (posted instanceof Posted.Answer) {
      apply(((Posted.Answer) posted).progress(), true);
    } else if (posted instanceof Posted.NotAccepted) {
      notAccepted(((Posted.NotAccepted) posted).reason());
    } else {
      inDoubt = true;
      lastFailure = ((Posted.InDoubt) posted).reason();
      log.warn("{} post in doubt ({}): asking the MMO before anything else", id, lastFailure);
      record(entry.inDoubt(now()));
      ctx.later(this::check, polls.next());
    }
  }

  private void notAccepted(String reason) {
    lastFailure = reason;
    log.warn("{} post not accepted ({}): asking the MMO before any retry", id, reason);
    record(entry);
    check();
  }

  /** Acts on what the MMO said; {@code chain} is true on the post/check chain (which goes on). */
  private void apply(Progress progress, boolean chain) {
    if (progress instanceof Progress.Done) {
      finish(entry.completed(((Progress.Done) progress).transactionReference(), now()));
    } else if (progress instanceof Progress.Refused) {
      finish(entry.failed(((Progress.Refused) progress).error(), now()));
    } else if (chain) {
      // Accepted, a link to the transaction, or a body we cannot read: it has it, not final
      received = true;
      inDoubt = false;
      if (progress instanceof Progress.Accepted
          && ((Progress.Accepted) progress).serverCorrelationId().isPresent()) {
        notePosted(((Progress.Accepted) progress).serverCorrelationId().get());
      }
      ctx.later(this::check, polls.next());
    }
  }

  private void notePosted(String serverCorrelationId) {
    if (!entry.serverCorrelationId().equals(Optional.of(serverCorrelationId))
        || entry.state() != TxState.POSTED) {
      log.info("{} accepted by the MMO as {}", id, serverCorrelationId);
      record(entry.posted(serverCorrelationId, now()));
    }
  }

  /** Asks the MMO where the transaction stands: by its id once known, else by ours. */
  private synchronized void check() {
    if (finished) {
      return;
    }
    if (now().isAfter(followUntil)) {
      abandon();
      return;
    }
    var lookup = entry.serverCorrelationId().isPresent() && received && !askById
        ? ctx.calls().requestState(entry.serverCorrelationId().get())
        : ctx.calls().responses(id);
    lookup.whenCompleteAsync((found, e) ->
        onLookup(found == null ? new Lookup.Failed(String.valueOf(e)) : found), ctx.worker());
  }

  private synchronized void onLookup(Lookup found) {
    if (finished) {
      return;
    }
    if (found instanceof Lookup.Found) {
      apply(((Lookup.Found) found).progress(), true);
    } else if (found instanceof Lookup.NotFound && !received) {
      inDoubt = false;
      retryOrGiveUp();
    } else if (found instanceof Lookup.NotFound) {
      askById = true; // the request state is gone: ask by our id from now on
      ctx.later(this::check, polls.next());
    } else if (found instanceof Lookup.Failed && !received && !inDoubt) {
      lastFailure = ((Lookup.Failed) found).reason();
      retryOrGiveUp();
    } else {
      // received but not final, or still in doubt: ask again later, never post
      ctx.later(this::check, polls.next());
    }
  }

  /** The MMO does not have it: post again if the budget allows, else nothing was accepted. */
  private void retryOrGiveUp() {
    if (posts < ctx.settings().maxPostAttempts()) {
      Duration delay = retries.next();
      log.info("{} not received by the MMO: posting again in {} ms", id, delay.toMillis());
      ctx.later(this::post, delay);
    } else {
      log.warn("{} MMO unavailable after {} posts ({}): nothing was accepted", id, posts, lastFailure);
      finish(entry.failed(MmoError.unavailable("MMO unavailable: " + lastFailure), now()));
    }
  }

  private void abandon() {
    finished = true;
    log.error("{} {} {} {} -> {} still not final after {}: left {} in the journal for"
        + " reconciliation", id, request.type().wire(), request.amount(), request.debit(),
        request.credit(), ctx.settings().followFor(), TxState.IN_DOUBT);
    JournalEntry doubt = entry.inDoubt(now());
    entry = doubt;
    ctx.journal().advance(doubt).whenCompleteAsync((stored, e) -> {
      if (stored != null && stored.state().isFinal()) {
        deliver(stored.result());
      } else {
        answer.stopWaiting();
        ctx.outcomes().abandoned(this);
      }
    }, ctx.worker());
  }

  /** Journals a step that is not final; a final entry found in its place finishes this. */
  private void record(JournalEntry next) {
    entry = next;
    ctx.journal().advance(next).whenCompleteAsync((stored, e) -> {
      if (e != null) {
        log.warn("{} journal write of {} failed: {}", id, next.state(), e.toString());
      } else if (stored.state().isFinal() && finishElsewhere(stored)) {
        log.info("{} already final in the journal: {}", id, stored.state());
        deliver(stored.result());
      }
    }, ctx.worker());
  }

  private synchronized boolean finishElsewhere(JournalEntry stored) {
    if (finished) {
      return false;
    }
    finished = true;
    entry = stored;
    return true;
  }

  private void finish(JournalEntry last) {
    finished = true;
    entry = last;
    writeFinal(last);
  }

  /** Journals the final state, again while the journal fails, then reports it. */
  private void writeFinal(JournalEntry last) {
    ctx.journal().advance(last).whenCompleteAsync((stored, e) -> {
      if (e == null) {
        deliver(stored.result());
        return;
      }
      log.warn("{} journal write of final {} failed: {}", id, last.state(), e.toString());
      report(last.result());
      if (now().isAfter(followUntil)) {
        log.error("{} final state {} could not be journaled: reconciliation will find it", id,
            last.state());
        ctx.outcomes().done(this, last.result());
      } else {
        ctx.later(() -> writeFinal(last), ctx.settings().pollMax());
      }
    }, ctx.worker());
  }

  private void deliver(TxResult result) {
    report(result);
    ctx.outcomes().done(this, result);
  }

  /** Answers the caller, or tells the listeners if the caller stopped waiting; once. */
  private void report(TxResult result) {
    if (answer.finish(result)) {
      ctx.outcomes().tell(request, result);
    }
  }

  private Instant now() {
    return ctx.clock().instant();
  }
}
