package io.starhash.sim.load;

import io.starhash.sim.transcript.Step;
import io.starhash.sim.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scenario compiled once per run: its steps with their texts ready to fill per session. */
final class SessionScript {

  /** One compiled step. */
  sealed interface Op permits Dial, Type, Check {}

  /** Starts a USSD session. */
  record Dial(Template serviceCode) implements Op {}

  /** Sends an input. */
  record Type(int line, Template input) implements Op {}

  /** Checks the current screen. */
  record Check(int line, CheckKind kind, Template text) implements Op {}

  /** What a {@link Check} looks at. */
  enum CheckKind { SEE, NOT_SEE, END, CON }

  private static final Template NO_TEXT = Template.compile("", Map.of());

  private final List<Op> ops;

  private SessionScript(List<Op> ops) {
    this.ops = List.copyOf(ops);
  }

  static SessionScript compile(Transcript scenario, Map<String, String> vars) {
    List<Op> ops = new ArrayList<>();
    for (Step step : scenario.steps()) {
      ops.add(op(step, vars));
    }
    return new SessionScript(ops);
  }

  List<Op> ops() {
    return ops;
  }

  private static Op op(Step step, Map<String, String> vars) {
    if (step instanceof Step.Dial dial) {
      return new Dial(Template.compile(dial.serviceCode(), vars));
    } else if (step instanceof Step.Type type) {
      return new Type(step.line(), Template.compile(type.input(), vars));
    } else if (step instanceof Step.See see) {
      return new Check(step.line(), CheckKind.SEE, Template.compile(see.text(), vars));
    } else if (step instanceof Step.NotSee notSee) {
      return new Check(step.line(), CheckKind.NOT_SEE, Template.compile(notSee.text(), vars));
    } else if (step instanceof Step.ExpectEnd) {
      return new Check(step.line(), CheckKind.END, NO_TEXT);
    }
    return new Check(step.line(), CheckKind.CON, NO_TEXT);
  }
}
