package io.starhash.flows.parse;

import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one state of a flow file. Not thread-safe; one per parse. */
final class StateReader {

  static final int DEFAULT_RETRIES = 3;

  private final Yaml y;

  StateReader(Yaml y) {
    this.y = y;
  }

  /** Reads the state {@code id} whose key stands on {@code line}. */
  Optional<StateDef> read(String id, Node node, int line) {
    Map<String, Node> m = y.map(node, id, "a state");
    String type = y.text(m, "type", node, id);
    if (type == null) {
      return Optional.empty();
    }
    return switch (type) {
      case "menu" -> Optional.of(menu(id, line, m, node));
      case "input" -> input(id, line, m, node);
      case "action" -> Optional.of(action(id, line, m, node));
      case "switch" -> Optional.of(switchState(id, line, m, node));
      case "end" -> {
        y.onlyKeys(m, node, id, Set.of("type", "text"));
        yield Optional.of(new StateDef.End(id, line, y.text(m, "text", node, id)));
      }
      default -> {
        y.problem(m.get("type"), id, "unknown state type '" + type + "' (menu, input, action, switch, end)");
        yield Optional.empty();
      }
    };
  }

  private StateDef.Menu menu(String id, int line, Map<String, Node> m, Node node) {
    y.onlyKeys(m, node, id, Set.of("type", "title", "options", "retries"));
    List<StateDef.MenuOption> options = new ArrayList<>();
    Node list = m.get("options");
    if (list == null) {
      y.problem(node, id, "a menu needs 'options'");
    } else {
      int position = 1;
      for (Node o : y.list(list, id, "options")) {
        Map<String, Node> om = y.map(o, id, "an option");
        y.onlyKeys(om, o, id, Set.of("key", "label", "next", "set"));
        String key = y.optionalText(om, "key", id);
        Map<String, String> set = new LinkedHashMap<>();
        if (om.containsKey("set")) {
          y.map(om.get("set"), id, "'set'").forEach((k, v) -> set.put(k, y.scalar(v, id, k)));
        }
        options.add(new StateDef.MenuOption(key == null ? String.valueOf(position) : key,
            y.text(om, "label", o, id), y.optionalText(om, "next", id), set, Yaml.line(o)));
        position++;
      }
    }
    return new StateDef.Menu(id, line, y.text(m, "title", node, id), options,
        y.number(m, "retries", id, DEFAULT_RETRIES));
  }

  private Optional<StateDef> input(String id, int line, Map<String, Node> m, Node node) {
    y.onlyKeys(m, node, id, Set.of("type", "prompt", "validate", "var", "retries", "next", "cancel", "fail"));
    Validation v = validation(id, m.get("validate"), node);
    String var = y.text(m, "var", node, id);
    return Optional.of(new StateDef.Input(id, line, y.text(m, "prompt", node, id), v, var,
        y.number(m, "retries", id, DEFAULT_RETRIES), y.optionalText(m, "next", id),
        y.optionalText(m, "cancel", id), y.optionalText(m, "fail", id)));
  }

  private Validation validation(String id, Node n, Node owner) {
    if (n == null) {
      y.problem(owner, id, "an input needs 'validate'");
      return new Validation(Validation.Kind.TEXT, null, null);
    }
    String kindName;
    Long min = null;
    Long max = null;
    if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
      kindName = s.getValue();
    } else {
      Map<String, Node> vm = y.map(n, id, "'validate'");
      y.onlyKeys(vm, n, id, Set.of("type", "min", "max"));
      kindName = y.text(vm, "type", n, id);
      min = y.optionalNumber(vm, "min", id);
      max = y.optionalNumber(vm, "max", id);
    }
    try {
      return new Validation(Validation.Kind.valueOf(String.valueOf(kindName).toUpperCase(Locale.ROOT)), min, max);
    } catch (IllegalArgumentException e) {
      y.problem(n, id, "unknown validator '" + kindName + "' (digits, amount, msisdn, token, recipient, pin, text)");
      return new Validation(Validation.Kind.TEXT, min, max);
    }
  }

  private StateDef.Action action(String id, int line, Map<String, Node> m, Node node) {
    y.onlyKeys(m, node, id, Set.of("type", "effect", "args", "on"));
    Map<String, String> args = new LinkedHashMap<>();
    if (m.containsKey("args")) {
      y.map(m.get("args"), id, "'args'").forEach((k, v) -> {
        String s = y.scalar(v, id, k);
        if (s != null) {
          args.put(k, s);
        }
      });
    }
    Map<String, StateDef.Branch> branches = new LinkedHashMap<>();
    if (m.containsKey("on")) {
      y.map(m.get("on"), id, "'on'").forEach((outcome, target) -> {
        String t = y.scalar(target, id, outcome);
        branches.put(outcome, new StateDef.Branch(t, Yaml.line(target)));
      });
    } else {
      y.problem(node, id, "an action needs 'on' with a branch per outcome");
    }
    return new StateDef.Action(id, line, y.text(m, "effect", node, id), args, branches);
  }

  private StateDef.Switch switchState(String id, int line, Map<String, Node> m, Node node) {
    y.onlyKeys(m, node, id, Set.of("type", "cases", "default"));
    List<StateDef.Case> cases = new ArrayList<>();
    if (m.containsKey("cases")) {
      for (Node c : y.list(m.get("cases"), id, "cases")) {
        Map<String, Node> cm = y.map(c, id, "a case");
        y.onlyKeys(cm, c, id, Set.of("var", "equals", "in", "next"));
        List<String> values = new ArrayList<>();
        if (cm.containsKey("equals")) {
          values.add(y.scalar(cm.get("equals"), id, "equals"));
        }
        if (cm.containsKey("in")) {
          values.addAll(y.texts(cm.get("in"), id, "in"));
        }
        cases.add(new StateDef.Case(y.text(cm, "var", c, id), values, y.text(cm, "next", c, id), Yaml.line(c)));
      }
    }
    Node d = m.get("default");
    if (d == null) {
      y.problem(node, id, "a switch needs a 'default' target");
    }
    return new StateDef.Switch(id, line, cases, d == null ? null : y.scalar(d, id, "default"),
        d == null ? line : Yaml.line(d));
  }
}
