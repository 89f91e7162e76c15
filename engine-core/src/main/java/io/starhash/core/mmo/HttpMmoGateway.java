package io.starhash.core.mmo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.money.Money;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MMO over HTTP: a GSMA Mobile Money API 1.2 client that journals every transaction before
 * posting it and follows it (callback, else polling) until it is final, per SPEC.md section 7.
 *
 * <p>Thread-safe. Stages complete on the gateway's own threads: continuations must be quick.
 * Query stages ({@link #balance}, {@link #accountName}, {@link #statement}) complete exceptionally
 * with {@link MmoException} when the MMO cannot be reached or refuses; {@link #submit},
 * {@link #openAccount} and {@link #heartbeat} never complete exceptionally.
 */
public final class HttpMmoGateway implements MmoGateway {

  private static final Logger log = LoggerFactory.getLogger(HttpMmoGateway.class);
  private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private final MmoSettings settings;
  private final Journal journal;
  private final Clock clock;
  private final MeterRegistry registry;
  private final ScheduledExecutorService worker;
  private final MmapiHttp http;
  private final AccountCalls accounts;
  private final Followers followers;
  private final TxContext ctx;
  private volatile boolean closed;

  /** A gateway with its own threads; {@link #close()} stops them and leaves the journal as is. */
  public HttpMmoGateway(MmoSettings settings, Journal journal, Clock clock, MeterRegistry registry) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.registry = Objects.requireNonNull(registry, "registry");
    AtomicInteger n = new AtomicInteger();
    this.worker = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "mmo-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.http = new MmapiHttp(settings, clock, registry);
    this.accounts = new AccountCalls(http);
    this.followers = new Followers(worker, registry);
    this.ctx = new TxContext(settings, journal, new TxCalls(http, settings), worker, clock,
        followers);
  }

  /**
   * Journals {@code request}, then posts it (or, if its id is journaled already, follows that
   * transaction instead: a final one returns its result, an unfinished one is recovered as
   * {@link #resume()} would). Completes with the final result, or {@link TxResult.Pending} after
   * {@code finalWait}; an id already used for a different request is declined with
   * {@code validation/duplicateRequest} and nothing is posted.
   */
  @Override
  public CompletionStage<TxResult> submit(TxRequest request) {
    Objects.requireNonNull(request, "request");
    String id = request.clientCorrelationId();
    if (closed) {
      return CompletableFuture.completedFuture(new TxResult.Unavailable(id, "gateway closed"));
    }
    TxFollower mine = new TxFollower(request, ctx);
    TxFollower existing = followers.putIfAbsent(mine);
    if (existing != null) {
      return existing.request().equals(request) ? existing.answer().attach(ctx) : reused(request);
    }
    JournalEntry fresh = JournalEntry.journaled(request, clock.instant());
    journal.create(fresh)
        .whenCompleteAsync((created, e) -> {
          if (e != null) {
            followers.remove(mine);
            log.warn("{} not posted: journal unavailable ({})", id, e.toString());
            failIfWritten(fresh);
            followers.count("unavailable");
            settle(mine, new TxResult.Unavailable(id, "journal unavailable"));
          } else if (created.fresh()) {
            mine.start(created.entry());
          } else if (!created.entry().request().equals(request)) {
            followers.remove(mine);
            reused(request).thenAccept(r -> mine.answer().finish(r));
          } else if (created.entry().state().isFinal()) {
            followers.remove(mine);
            settle(mine, created.entry().result());
          } else {
            mine.recover(created.entry());
          }
        }, worker);
    ctx.later(mine.answer()::stopWaiting, settings.finalWait());
    return mine.answer().first().copy();
  }

  /**
   * A create that failed (a timeout, say) may have been written all the same: if our entry is
   * there, untouched, it is failed so that no {@link #resume()} posts what the caller was told
   * did not happen. Best effort: if the journal cannot be read either, it stays as it is.
   */
  private void failIfWritten(JournalEntry ours) {
    journal.find(ours.clientCorrelationId()).thenAccept(found -> found
        .filter(ours::equals)
        .ifPresent(e -> journal.advance(e.failed(MmoError.unavailable("journal unavailable"),
            clock.instant()))));
  }

  /** Answers a submit that needs no follower; the listeners hear it if the caller stopped waiting. */
  private void settle(TxFollower mine, TxResult result) {
    if (mine.answer().finish(result)) {
      followers.tell(mine.request(), result);
    }
  }

  private CompletionStage<TxResult> reused(TxRequest request) {
    log.warn("{} clientCorrelationId reused for a different transaction: declined",
        request.clientCorrelationId());
    followers.count("declined");
    return CompletableFuture.completedFuture(new TxResult.Declined(request.clientCorrelationId(),
        new MmoError(MmoError.VALIDATION, "duplicateRequest",
            "clientCorrelationId already used for a different transaction")));
  }

  @Override
  public void addListener(TxListener listener) {
    followers.addListener(listener);
  }

  /**
   * Applies a callback: the transaction object (final: completed) or an error object (final:
   * failed), or a request state. A callback for a transaction this process does not follow is
   * applied to its journal entry if that is not final yet. Duplicates change nothing; an
   * unreadable body or unknown id is logged and counted ({@code mmo.callbacks} by outcome).
   */
  @Override
  public void onCallback(String clientCorrelationId, byte[] body) {
    if (clientCorrelationId == null || !CORRELATION_ID.matcher(clientCorrelationId).matches()) {
      log.warn("callback with a malformed clientCorrelationId ignored");
      callbacks("malformed");
      return;
    }
    Progress progress = MmapiJson.progress(body);
    if (progress instanceof Progress.Unclear || progress instanceof Progress.Linked) {
      log.warn("{} unreadable callback ignored: {}", clientCorrelationId,
          progress instanceof Progress.Unclear ? ((Progress.Unclear) progress).why() : "a link");
      callbacks("unreadable");
      return;
    }
    callbacks(progress instanceof Progress.Accepted ? "pending" : "final");
    TxFollower follower = followers.get(clientCorrelationId);
    if (follower != null) {
      follower.onCallback(progress);
    } else if (!(progress instanceof Progress.Accepted)) {
      journal.find(clientCorrelationId).whenCompleteAsync((found, e) ->
          applyToJournal(clientCorrelationId, progress, found, e), worker);
    }
  }

  private void applyToJournal(String id, Progress progress, Optional<JournalEntry> found,
      Throwable failure) {
    if (failure != null) {
      log.warn("{} callback not applied: journal unavailable ({})", id, failure.toString());
    } else if (found.isEmpty()) {
      log.warn("{} callback for a transaction not in the journal: ignored", id);
    } else if (found.get().state().isFinal()) {
      log.debug("{} callback for a final transaction: ignored", id);
    } else {
      TxFollower passive = new TxFollower(found.get().request(), ctx);
      TxFollower existing = followers.putIfAbsent(passive);
      if (existing != null) {
        existing.onCallback(progress);
      } else {
        passive.adopt(found.get());
        passive.onCallback(progress);
      }
    }
  }

  private void callbacks(String outcome) {
    Counter.builder("mmo.callbacks").description("callbacks from the MMO")
        .tag("outcome", outcome).register(registry).increment();
  }

  /**
   * Follows every journaled transaction without a final state (at start-up, once): each is
   * looked up at the MMO first and posted only if the MMO never received it. Completes with how
   * many were taken up, once each has started; the listeners hear of each final outcome.
   */
  @Override
  public CompletionStage<Integer> resume() {
    return journal.unfinished().thenApplyAsync(entries -> {
      int taken = 0;
      for (JournalEntry entry : entries) {
        TxFollower follower = new TxFollower(entry.request(), ctx);
        if (followers.putIfAbsent(follower) == null) {
          follower.answer().stopWaiting();
          follower.recover(entry);
          taken++;
        }
      }
      log.info("resumed {} unfinished transactions of {} in the journal", taken, entries.size());
      return taken;
    }, worker);
  }

  @Override
  public CompletionStage<AccountResult> openAccount(Party party, String name) {
    return accounts.open(Objects.requireNonNull(party, "party"), Objects.requireNonNull(name, "name"));
  }

  @Override
  public CompletionStage<Optional<Money>> balance(Party party) {
    return accounts.balance(Objects.requireNonNull(party, "party"));
  }

  @Override
  public CompletionStage<Optional<String>> accountName(Party party) {
    return accounts.name(Objects.requireNonNull(party, "party"));
  }

  @Override
  public CompletionStage<List<StatementLine>> statement(Party party, int limit) {
    return accounts.statement(Objects.requireNonNull(party, "party"), limit);
  }

  @Override
  public CompletionStage<Boolean> heartbeat() {
    return accounts.heartbeat();
  }

  /** How many transactions this process follows now. */
  int following() {
    return followers.size();
  }

  /**
   * Stops following: callers still waiting get {@link TxResult.Pending}; the journal keeps every
   * unfinished transaction for {@link #resume()}.
   */
  @Override
  public void close() {
    closed = true;
    worker.shutdownNow();
    http.close();
    for (TxFollower f : followers.all()) {
      f.answer().stopWaiting();
    }
  }
}
