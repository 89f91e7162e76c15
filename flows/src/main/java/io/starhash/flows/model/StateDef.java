package io.starhash.flows.model;

import java.util.List;
import java.util.Map;

/** One state of a flow, as written in its file. */
public sealed interface StateDef {

  String id();

  /** Line of the state's key in the flow file, 1-based. */
  int line();

  /** Numbered options; the person picks one by its key. */
  record Menu(String id, int line, String title, List<MenuOption> options, int retries) implements StateDef {
    public Menu {
      options = List.copyOf(options);
    }
  }

  /**
   * Asks for one value, checks it with {@code validation}, stores it in {@code var}.
   *
   * @param cancelTarget where the input {@code 0} leads, or null when 0 is an ordinary input
   * @param failTarget where the flow goes when the retries are spent, or null for the built-in end
   */
  record Input(String id, int line, String prompt, Validation validation, String var, int retries,
      String next, String cancelTarget, String failTarget) implements StateDef {}

  /** Runs an engine effect, then branches on its outcome. */
  record Action(String id, int line, String effect, Map<String, String> args,
      Map<String, Branch> branches) implements StateDef {
    public Action {
      args = Map.copyOf(args);
      branches = Map.copyOf(branches);
    }
  }

  /** Branches on session variables; the first matching case wins. */
  record Switch(String id, int line, List<Case> cases, String defaultTarget, int defaultLine) implements StateDef {
    public Switch {
      cases = List.copyOf(cases);
    }
  }

  /** Shows a final text and ends the session. */
  record End(String id, int line, String text) implements StateDef {}

  /** One option of a menu. {@code set} assigns session variables when it is chosen. */
  record MenuOption(String key, String label, String next, Map<String, String> set, int line) {
    public MenuOption {
      set = Map.copyOf(set);
    }
  }

  /** Where an outcome of an action leads. */
  record Branch(String target, int line) {}

  /** A switch case: {@code var} equals one of {@code values} (or is set, when values is empty). */
  record Case(String var, List<String> values, String next, int line) {
    public Case {
      values = List.copyOf(values);
    }
  }
}
