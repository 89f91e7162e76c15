package io.starhash.flows.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One edge of a flow's state graph: in {@code source}, {@code event} leads to {@code target}.
 * The compiler turns these into the state machine; the validator walks them.
 *
 * @param line where the edge is written, for problem reports
 */
public record Transition(String source, String event, String target, int line) {

  /** The end state that a spent retry count leads to when the flow names none. */
  public static final String TOO_MANY = "$too-many";

  public static String option(String key) {
    return "opt:" + key;
  }

  public static String outcome(String outcome) {
    return "out:" + outcome;
  }

  public static String caseOf(int index) {
    return "case:" + index;
  }

  public static final String VALID = "valid";
  public static final String CANCEL = "cancel";
  public static final String FAIL = "fail";
  public static final String DEFAULT = "default";

  /** Every edge of {@code flow}; edges whose target is missing in the file are left out. */
  public static List<Transition> of(FlowDefinition flow) {
    List<Transition> out = new ArrayList<>();
    for (StateDef s : flow.states().values()) {
      String id = s.id();
      if (s instanceof StateDef.Menu m) {
        for (StateDef.MenuOption o : m.options()) {
          add(out, id, option(o.key()), o.next(), o.line());
        }
        add(out, id, FAIL, TOO_MANY, m.line());
      } else if (s instanceof StateDef.Input i) {
        add(out, id, VALID, i.next(), i.line());
        add(out, id, CANCEL, i.cancelTarget(), i.line());
        add(out, id, FAIL, i.failTarget() == null ? TOO_MANY : i.failTarget(), i.line());
      } else if (s instanceof StateDef.Action a) {
        a.branches().forEach((outcome, b) -> add(out, id, outcome(outcome), b.target(), b.line()));
      } else if (s instanceof StateDef.Switch w) {
        for (int c = 0; c < w.cases().size(); c++) {
          add(out, id, caseOf(c), w.cases().get(c).next(), w.cases().get(c).line());
        }
        add(out, id, DEFAULT, w.defaultTarget(), w.defaultLine());
      }
    }
    return out;
  }

  private static void add(List<Transition> out, String source, String event, String target, int line) {
    if (target != null) {
      out.add(new Transition(source, event, target, line));
    }
  }
}
