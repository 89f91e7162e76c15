package io.starhash.flows.validate;

import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectSpec;
import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.Problem;
import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Transition;
import io.starhash.flows.model.Validation;
import io.starhash.flows.text.ScreenLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a flow means: that every target exists, every state is reachable and can reach
 * an end, every option has a target, every effect outcome a branch, every template only known
 * variables, every PIN stays unseen, and every final screen fits. Thread-safe (stateless).
 */
public final class FlowValidator {

  private final EffectCatalog effects;
  private final ScreenLimits limits;

  public FlowValidator(EffectCatalog effects, ScreenLimits limits) {
    this.effects = effects;
    this.limits = limits;
  }

  /** Every problem of {@code flow}, sorted by line; empty when it may go live. */
  public List<Problem> validate(FlowDefinition flow) {
    Report r = new Report(flow.file());
    checkHeader(flow, r);
    Variables vars = Variables.of(flow, effects);
    List<Transition> edges = Transition.of(flow);
    for (Transition t : edges) {
      if (!flow.states().containsKey(t.target()) && !Transition.TOO_MANY.equals(t.target())) {
        r.add(t.line(), t.source(), "unknown target state '" + t.target() + "'");
      }
    }
    Messages messages = new Messages(flow, vars, limits, r);
    for (StateDef s : flow.states().values()) {
      if (s instanceof StateDef.Menu m) {
        checkMenu(m, messages, r);
      } else if (s instanceof StateDef.Input i) {
        checkInput(flow, i, messages, r);
      } else if (s instanceof StateDef.Action a) {
        checkAction(a, vars, r);
      } else if (s instanceof StateDef.Switch w) {
        checkSwitch(w, vars, r);
      } else if (s instanceof StateDef.End e) {
        messages.checkFinal(e.text(), e.line(), e.id());
      }
    }
    new Graph(flow, edges).check(r);
    return r.sorted();
  }

  private static void checkHeader(FlowDefinition flow, Report r) {
    if (!flow.id().matches("[a-z][a-z0-9-]{0,39}")) {
      r.add(flow.lineOf("id"), "", "flow id '" + flow.id() + "' must be lower-case letters, digits and dashes");
    }
    for (String code : flow.serviceCodes()) {
      if (!code.matches("\\*[0-9]{1,6}(\\*[0-9]{1,6})*#")) {
        r.add(flow.lineOf("service-codes"), "", "service code '" + code + "' must look like *165#");
      }
    }
    if (flow.languages().isEmpty()) {
      r.add(flow.lineOf("languages"), "", "'languages' must name at least one language");
    }
    for (String lang : flow.languages()) {
      if (!flow.messages().containsKey(lang)) {
        r.add(flow.lineOf("messages"), "", "no message table for language '" + lang + "'");
      }
    }
    if (!flow.states().containsKey(flow.start())) {
      r.add(flow.lineOf("start"), "", "start state '" + flow.start() + "' does not exist");
    } else if (flow.states().get(flow.start()) instanceof StateDef.End) {
      r.add(flow.lineOf("start"), "", "the start state must not be an end state");
    }
  }

  private static void checkMenu(StateDef.Menu m, Messages messages, Report r) {
    messages.checkScreen(m.title(), m.line(), m.id());
    if (m.options().isEmpty()) {
      r.add(m.line(), m.id(), "a menu needs at least one option");
    }
    Set<String> keys = new HashSet<>();
    for (StateDef.MenuOption o : m.options()) {
      if (!keys.add(o.key())) {
        r.add(o.line(), m.id(), "option key '" + o.key() + "' is used twice");
      }
      if (!o.key().matches("[0-9]{1,2}")) {
        r.add(o.line(), m.id(), "option key '" + o.key() + "' must be one or two digits");
      }
      if (o.key().equals("98")) {
        r.add(o.line(), m.id(), "option key 98 is reserved for '98 More' on long screens");
      }
      if (o.next() == null) {
        r.add(o.line(), m.id(), "option " + o.key() + " has no target ('next')");
      }
      messages.checkOptionLine(o.key(), o.label(), o.line(), m.id());
    }
  }

  private static void checkInput(FlowDefinition flow, StateDef.Input i, Messages messages, Report r) {
    messages.checkScreen(i.prompt(), i.line(), i.id());
    if (i.next() == null) {
      r.add(i.line(), i.id(), "an input needs a 'next' target");
    }
    if (i.var() != null && !i.var().matches("[A-Za-z][A-Za-z0-9_]*")) {
      r.add(i.line(), i.id(), "variable name '" + i.var() + "' must be letters, digits and _");
    }
    Validation v = i.validation();
    if (v.min() != null && v.max() != null && v.min() > v.max()) {
      r.add(i.line(), i.id(), "validator min is larger than max");
    }
    if (v.kind() == Validation.Kind.PIN && i.next() != null
        && !(flow.states().get(i.next()) instanceof StateDef.Action)) {
      r.add(i.line(), i.id(), "a PIN input must lead straight to an action: PINs are not kept between hops");
    }
  }

  private void checkAction(StateDef.Action a, Variables vars, Report r) {
    for (String arg : a.args().values()) {
      vars.checkTemplate(arg, a.line(), a.id(), r, false);
    }
    if (a.effect() == null) {
      return;
    }
    EffectSpec spec = effects.find(a.effect()).orElse(null);
    if (spec == null) {
      r.add(a.line(), a.id(), "unknown effect '" + a.effect() + "'");
      return;
    }
    for (String outcome : spec.outcomes()) {
      if (!a.branches().containsKey(outcome)) {
        r.add(a.line(), a.id(), "no branch for outcome '" + outcome + "' of effect " + a.effect());
      }
    }
    a.branches().forEach((outcome, b) -> {
      if (!spec.outcomes().contains(outcome)) {
        r.add(b.line(), a.id(), "effect " + a.effect() + " never returns '" + outcome + "' (it returns "
            + String.join(", ", spec.outcomes().stream().sorted().toList()) + ")");
      }
    });
    for (String arg : spec.args()) {
      if (!a.args().containsKey(arg)) {
        r.add(a.line(), a.id(), "effect " + a.effect() + " needs argument '" + arg + "'");
      }
    }
    for (String arg : a.args().keySet()) {
      if (!spec.args().contains(arg)) {
        r.add(a.line(), a.id(), "effect " + a.effect() + " takes no argument '" + arg + "'");
      }
    }
  }

  private static void checkSwitch(StateDef.Switch w, Variables vars, Report r) {
    for (StateDef.Case c : w.cases()) {
      if (c.var() != null && !vars.known(c.var())) {
        r.add(c.line(), w.id(), "unknown variable '" + c.var() + "'");
      }
    }
  }

  /** Collects problems of one flow file. */
  static final class Report {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Report(String file) {
      this.file = file;
    }

    void add(int line, String state, String message) {
      problems.add(new Problem(file, line, state, message));
    }

    List<Problem> sorted() {
      return problems.stream().sorted().toList();
    }
  }
}
