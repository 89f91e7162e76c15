package io.starhash.flows.hop;

import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionStore;
import io.starhash.core.session.SessionStoreException;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.HopResult.Outcome;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.flows.registry.FlowRegistry;
import io.starhash.flows.runtime.CompiledFlow;
import io.starhash.flows.runtime.FlowRuntime;
import io.starhash.flows.runtime.Turn;
import io.starhash.flows.text.SystemMessages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path of one USSD hop: load the session, recognise a resent hop, let the runtime take the
 * input, save with a compare-and-set on the hop counter. A hop that loses the compare-and-set
 * reloads and tries once more; a resent hop gets the saved screen and changes nothing.
 *
 * <p>Thread-safe. The runtime runs on {@code worker}, never on the caller's (event loop) thread.
 */
public final class HopProcessor implements UssdEngine {

  private static final Logger log = LoggerFactory.getLogger(HopProcessor.class);

  private final SessionStore store;
  private final FlowRegistry flows;
  private final FlowRuntime runtime;
  private final Clock clock;
  private final Executor worker;
  private final MeterRegistry meters;

  public HopProcessor(SessionStore store, FlowRegistry flows, FlowRuntime runtime, Clock clock, Executor worker,
      MeterRegistry meters) {
    this.store = store;
    this.flows = flows;
    this.runtime = runtime;
    this.clock = clock;
    this.worker = worker;
    this.meters = meters;
  }

  @Override
  public CompletionStage<HopResult> handle(Hop hop) {
    try {
      return attempt(hop, 1).exceptionally(e -> failed(hop, e));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(hop, e));
    }
  }

  private CompletionStage<HopResult> attempt(Hop hop, int attempt) {
    return store.load(hop.sessionId()).thenComposeAsync(found -> {
      Step step = found.isPresent() ? next(hop, found.get()) : first(hop);
      if (step.reply() != null) {
        return CompletableFuture.completedFuture(step.reply());
      }
      return step.turn().thenCompose(turn -> save(hop, step, turn, attempt));
    }, worker);
  }

  /** Either an immediate reply, or a turn of the runtime to save over {@code expectedHop}. */
  private record Step(HopResult reply, CompletionStage<Turn> turn, int expectedHop, String priorText, String input,
      int dialInputs) {
    static Step reply(HopResult r) {
      return new Step(r, null, 0, "", "", 0);
    }
  }

  private Step first(Hop hop) {
    if (hop.mode() == Hop.InputMode.SINGLE && hop.sequence() > 1) {
      log.info("{} hop {} for a session that has expired or never was", hop.sessionId(), hop.sequence());
      return Step.reply(new HopResult(Screen.end(SystemMessages.text("en", SystemMessages.ENDED)), null, Outcome.END));
    }
    DialString dial = DialString.parse(hop.serviceCode());
    Optional<CompiledFlow> flow = flows.forServiceCode(dial.serviceCode());
    if (flow.isEmpty()) {
      log.info("{} {} dialled unknown service code {}", hop.sessionId(), hop.msisdn().masked(), hop.serviceCode());
      rejected(hop, "unknown-service-code");
      return Step.reply(new HopResult(Screen.end(SystemMessages.text("en", SystemMessages.UNKNOWN_CODE)), null,
          Outcome.REJECTED));
    }
    CompiledFlow f = flow.get();
    List<String> shortcut = new ArrayList<>(dial.inputs());
    if (!hop.text().isEmpty()) {
      shortcut.addAll(List.of(hop.text().split("\\*")));
    }
    long now = clock.millis();
    Session fresh = new Session(hop.sessionId(), hop.msisdn().e164(), f.id(), f.version(), f.start(), Map.of(), 0,
        f.definition().defaultLanguage(), "", 0, 0, Screen.con(""), now, now);
    String text = hop.mode() == Hop.InputMode.CUMULATIVE ? hop.text() : "";
    return new Step(null, runtime.start(f, fresh, shortcut), 0, text, null, dial.inputs().size());
  }

  private Step next(Hop hop, Session session) {
    if (!session.msisdn().equals(hop.msisdn().e164())) {
      log.warn("{} hop from {} for a session of another number", hop.sessionId(), hop.msisdn().masked());
      rejected(hop, "msisdn-mismatch");
      return Step.reply(new HopResult(Screen.end(text(session, SystemMessages.BAD_INPUT)), session.flowId(),
          Outcome.REJECTED));
    }
    if (isResend(hop, session)) {
      return Step.reply(new HopResult(session.lastScreen(), session.flowId(), Outcome.RESENT));
    }
    if (session.ended()) {
      return Step.reply(new HopResult(Screen.end(text(session, SystemMessages.ENDED)), session.flowId(), Outcome.END));
    }
    String input = hop.mode() == Hop.InputMode.CUMULATIVE
        ? GatewayText.latestInput(session.text(), hop.text()) : hop.text();
    if (input == null) {
      log.warn("{} {} sent a text that does not extend the previous one", hop.sessionId(), hop.msisdn().masked());
      rejected(hop, "text-not-extending");
      return Step.reply(new HopResult(Screen.end(text(session, SystemMessages.BAD_INPUT)), session.flowId(),
          Outcome.REJECTED));
    }
    Optional<CompiledFlow> flow = flows.version(session.flowId(), session.flowVersion());
    if (flow.isEmpty()) {
      log.error("{} flow {} v{} of a live session is not loaded", hop.sessionId(), session.flowId(), session.flowVersion());
      return Step.reply(new HopResult(Screen.end(text(session, SystemMessages.BUSY)), session.flowId(), Outcome.ERROR));
    }
    return new Step(null, runtime.advance(flow.get(), session, input), session.hop(), session.text(), input, 0);
  }

  private static boolean isResend(Hop hop, Session session) {
    if (hop.mode() == Hop.InputMode.CUMULATIVE) {
      return GatewayText.same(session.text(), hop.text());
    }
    return hop.sequence() > 0 && hop.sequence() == session.hop();
  }

  private CompletionStage<HopResult> save(Hop hop, Step step, Turn turn, int attempt) {
    String text = step.input() == null
        ? GatewayText.keepApplied(step.priorText(), Math.max(0, turn.shortcutApplied() - step.dialInputs()))
        : hop.mode() == Hop.InputMode.CUMULATIVE ? GatewayText.append(step.priorText(), step.input(), turn.secretInput())
        : "";
    Session next = turn.session().toBuilder().hop(step.expectedHop() + 1).text(text).build();
    return store.compareAndSet(next, step.expectedHop()).thenCompose(saved -> {
      if (saved) {
        return CompletableFuture.completedFuture(new HopResult(turn.screen(), next.flowId(), turn.outcome()));
      }
      if (attempt >= 2) {
        log.warn("{} lost the compare-and-set twice; answering busy", hop.sessionId());
        return CompletableFuture.completedFuture(new HopResult(Screen.end(text(next, SystemMessages.BUSY)),
            next.flowId(), Outcome.ERROR));
      }
      log.debug("{} another hop saved first; reloading", hop.sessionId());
      return attempt(hop, attempt + 1);
    });
  }

  private HopResult failed(Hop hop, Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof SessionStoreException s) {
      meters.counter("ussd.store.errors", "reason", s.reason().name().toLowerCase(java.util.Locale.ROOT)).increment();
      log.warn("{} {} session store failed ({}): {}", hop.sessionId(), hop.msisdn().masked(), s.reason(), s.getMessage());
    } else {
      meters.counter("ussd.engine.errors").increment();
      log.error("{} {} hop failed", hop.sessionId(), hop.msisdn().masked(), cause);
    }
    return new HopResult(Screen.end(SystemMessages.text("en", SystemMessages.BUSY)), null, Outcome.ERROR);
  }

  private void rejected(Hop hop, String reason) {
    meters.counter("ussd.rejected", "dialect", hop.dialect(), "reason", reason).increment();
  }

  private static String text(Session session, String key) {
    return SystemMessages.text(session.language(), key);
  }
}
