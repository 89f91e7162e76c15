package io.starhash.flows.runtime;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.effect.EffectSpec;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.session.Session;
import io.starhash.core.ussd.HopResult.Outcome;
import io.starhash.core.ussd.Screen;
import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Transition;
import io.starhash.flows.model.Validation;
import io.starhash.flows.text.Paginator;
import io.starhash.flows.text.SystemMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One hop of one session through the runtime. Holds the hop's PINs (never saved) and the
 * session being changed. Not shared: the only concurrency is an effect that outlives the hop
 * budget, and {@code this} guards the session against it.
 */
final class HopRun {

  private static final Logger log = LoggerFactory.getLogger(HopRun.class);
  /** Transitions one hop may take before the flow is deemed to loop. */
  static final int MAX_TRANSITIONS = 64;

  private final CompiledFlow flow;
  private final Session.Builder s;
  private final FlowRuntime.Deps deps;
  private final Map<String, String> secrets = new HashMap<>(2);
  private final long deadline;
  private int transitions;
  private boolean secretInput;
  private boolean deferred;

  HopRun(CompiledFlow flow, Session session, FlowRuntime.Deps deps) {
    this.flow = flow;
    this.s = session.toBuilder();
    this.deps = deps;
    this.deadline = deps.clock().millis() + deps.settings().hopBudget().toMillis();
    s.updatedAt(deps.clock().millis());
  }

  CompletionStage<Turn> enterStart() {
    return enter(flow.start());
  }

  /** Whether a shortcut input may be applied after {@code t}: a continuing screen that is not a PIN prompt. */
  synchronized boolean acceptsShortcut(Turn t) {
    if (!t.screen().continues() || t.outcome() != Outcome.CONTINUE) {
      return false;
    }
    StateDef cur = flow.state(s.state());
    return cur instanceof StateDef.Menu
        || cur instanceof StateDef.Input i && i.validation().kind() != Validation.Kind.PIN;
  }

  synchronized CompletionStage<Turn> input(String raw) {
    StateDef cur = flow.state(s.state());
    if (cur == null || !(cur instanceof StateDef.Menu || cur instanceof StateDef.Input)) {
      log.warn("{} session in state '{}' of {} v{} cannot take input", s.build().id(), s.state(), flow.id(), flow.version());
      return done(Screen.end(system(SystemMessages.BAD_INPUT)));
    }
    String input = raw.strip();
    List<String> pages = pages(screenText(cur));
    if (pages.size() > 1) {
      if (input.equals(Paginator.MORE) && s.page() < pages.size() - 1) {
        s.page(s.page() + 1);
        return done(Screen.con(pages.get(s.page())));
      }
      if (input.equals(Paginator.BACK) && s.page() > 0) {
        s.page(s.page() - 1);
        return done(Screen.con(pages.get(s.page())));
      }
    }
    s.page(0);
    if (cur instanceof StateDef.Menu m) {
      return menuInput(m, input);
    }
    return valueInput((StateDef.Input) cur, input);
  }

  private CompletionStage<Turn> menuInput(StateDef.Menu m, String input) {
    for (StateDef.MenuOption o : m.options()) {
      if (o.key().equals(input)) {
        o.set().forEach(this::assign);
        return fire(m.id(), Transition.option(o.key()));
      }
    }
    return retry(m.id(), m.retries(), system(SystemMessages.INVALID_CHOICE));
  }

  private CompletionStage<Turn> valueInput(StateDef.Input in, String input) {
    boolean pin = in.validation().kind() == Validation.Kind.PIN;
    secretInput = pin;
    if (in.cancelTarget() != null && input.equals("0")) {
      return fire(in.id(), Transition.CANCEL);
    }
    InputCheck check = deps.validators().check(in.validation(), input);
    if (check instanceof InputCheck.Invalid bad) {
      String reason = flow.message(s.language(), bad.reasonKey()).render(bad.params());
      return retry(in.id(), in.retries(), reason);
    }
    String value = ((InputCheck.Valid) check).value();
    if (pin) {
      secrets.put(in.var(), value);
    } else {
      s.vars().put(in.var(), value);
    }
    return fire(in.id(), Transition.VALID);
  }

  private CompletionStage<Turn> retry(String state, int allowed, String reason) {
    s.retries(s.retries() + 1);
    if (s.retries() > allowed) {
      return fire(state, Transition.FAIL);
    }
    StateDef cur = flow.state(state);
    return done(Screen.con(pages(reason + "\n" + screenText(cur)).get(0)));
  }

  private CompletionStage<Turn> fire(String state, String event) {
    String next = flow.fire(state, event);
    if (next == null) {
      log.error("{} flow {} v{} has no edge '{}' from '{}'", s.build().id(), flow.id(), flow.version(), event, state);
      return done(Screen.end(system(SystemMessages.BUSY)));
    }
    return enter(next);
  }

  private CompletionStage<Turn> enter(String id) {
    if (++transitions > MAX_TRANSITIONS) {
      log.error("{} flow {} v{} loops without a screen at '{}'", s.build().id(), flow.id(), flow.version(), id);
      return done(Screen.end(system(SystemMessages.BUSY)));
    }
    s.state(id).retries(0).page(0);
    if (Transition.TOO_MANY.equals(id)) {
      return done(Screen.end(system(SystemMessages.TOO_MANY)));
    }
    StateDef state = flow.state(id);
    if (state instanceof StateDef.Menu || state instanceof StateDef.Input) {
      return done(Screen.con(pages(screenText(state)).get(0)));
    }
    if (state instanceof StateDef.End e) {
      return done(Screen.end(render(e.text())));
    }
    if (state instanceof StateDef.Switch w) {
      return fire(id, switchEvent(w));
    }
    return act((StateDef.Action) state);
  }

  private String switchEvent(StateDef.Switch w) {
    for (int i = 0; i < w.cases().size(); i++) {
      StateDef.Case c = w.cases().get(i);
      String v = lookup(c.var());
      boolean match = c.values().isEmpty() ? v != null && !v.isEmpty() : c.values().contains(v);
      if (match) {
        return Transition.caseOf(i);
      }
    }
    return Transition.DEFAULT;
  }

  private CompletionStage<Turn> act(StateDef.Action a) {
    Map<String, String> args = new HashMap<>();
    flow.args(a.id()).forEach((k, t) -> args.put(k, t.render(this::lookup)));
    Session now = s.build();
    // Unique per step: a gateway may reuse a session id once the old session has expired.
    String key = now.id().value() + ":" + now.createdAt() + ":" + now.hop() + ":" + a.id();
    EffectCall call = new EffectCall(a.effect(), new Msisdn(now.msisdn()), args, key);
    CompletionStage<EffectResult> effect;
    try {
      effect = deps.effects().run(call);
    } catch (RuntimeException e) {
      effect = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Turn> answer = new CompletableFuture<>();
    long wait = Math.max(0, deadline - deps.clock().millis());
    ScheduledFuture<?> timer = deps.timer().schedule(() -> defer(answer), wait, TimeUnit.MILLISECONDS);
    effect.handle((result, error) -> afterEffect(a, call, result, error))
        .thenCompose(t -> t)
        .whenComplete((turn, error) -> {
          timer.cancel(false);
          if (!answer.complete(turn) && turn != null) {
            notifyBySms(turn);
          }
          if (error != null) {
            answer.completeExceptionally(error);
          }
        });
    return answer;
  }

  private synchronized CompletionStage<Turn> afterEffect(StateDef.Action a, EffectCall call, EffectResult result,
      Throwable error) {
    String outcome;
    if (error != null || result == null) {
      log.warn("{} effect {} failed: {}", s.build().id(), a.effect(), error == null ? "no result" : error.toString());
      outcome = EffectResult.ERROR;
    } else {
      outcome = result.outcome();
      EffectSpec spec = deps.effects().catalog().find(a.effect()).orElse(null);
      result.vars().forEach((k, v) -> {
        if (spec == null || spec.outputs().containsKey(k)) {
          s.vars().put(k, v);
        }
      });
    }
    if (!a.branches().containsKey(outcome)) {
      log.warn("{} effect {} returned '{}', which {} has no branch for", s.build().id(), a.effect(), outcome, a.id());
      outcome = EffectResult.ERROR;
    }
    return fire(a.id(), Transition.outcome(outcome));
  }

  /** The hop budget ran out: the person is told the result follows by SMS, and the session ends. */
  private synchronized void defer(CompletableFuture<Turn> answer) {
    if (answer.isDone()) {
      return;
    }
    deferred = true;
    Screen screen = Screen.end(system(SystemMessages.PROCESSING));
    s.lastScreen(screen);
    answer.complete(new Turn(screen, Outcome.DEFERRED, s.build(), secretInput));
  }

  private void notifyBySms(Turn late) {
    String text = late.screen().text();
    log.info("{} result after the hop budget, sent by SMS", s.build().id());
    deps.sms().send(new Msisdn(s.build().msisdn()), text);
  }

  private synchronized CompletionStage<Turn> done(Screen screen) {
    s.lastScreen(screen);
    Outcome outcome = screen.continues() ? Outcome.CONTINUE : Outcome.END;
    return CompletableFuture.completedFuture(new Turn(screen, deferred ? Outcome.DEFERRED : outcome, s.build(),
        secretInput));
  }

  private void assign(String name, String value) {
    if ("language".equals(name) && flow.speaks(value)) {
      s.language(value);
    } else {
      s.vars().put(name, value);
    }
  }

  private String screenText(StateDef state) {
    if (state instanceof StateDef.Menu m) {
      StringBuilder sb = new StringBuilder(render(m.title()));
      for (StateDef.MenuOption o : m.options()) {
        sb.append('\n').append(o.key()).append(' ').append(render(o.label()));
      }
      return sb.toString();
    }
    return render(((StateDef.Input) state).prompt());
  }

  private List<String> pages(String text) {
    return deps.paginator().paginate(text, system(SystemMessages.MORE), system(SystemMessages.BACK));
  }

  private String render(String key) {
    return flow.message(s.language(), key).render(this::lookup);
  }

  private String system(String key) {
    return flow.message(s.language(), key).render(Map.of());
  }

  private String lookup(String name) {
    String v = secrets.get(name);
    if (v != null) {
      return v;
    }
    v = s.vars().get(name);
    if (v != null) {
      return v;
    }
    return switch (name) {
      case "msisdn" -> Msisdn.mask(s.build().msisdn());
      case "language" -> s.language();
      case "currency" -> deps.settings().currency();
      default -> "";
    };
  }
}
