package io.starhash.flows.parse;

import io.starhash.flows.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reading helpers over SnakeYAML nodes that keep line numbers and collect problems instead of
 * throwing. Not thread-safe; one per parse.
 */
final class Yaml {

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  Yaml(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  void problem(Node at, String state, String message) {
    problems.add(new Problem(file, at == null ? 1 : line(at), state, message));
  }

  void problem(int line, String state, String message) {
    problems.add(new Problem(file, line, state, message));
  }

  /** The entries of a mapping node in file order, or empty (with a problem) if it is not one. */
  Map<String, Node> map(Node n, String state, String what) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (!(n instanceof MappingNode m)) {
      problem(n, state, what + " must be a mapping");
      return out;
    }
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problem(t.getKeyNode(), state, what + " has a key that is not text");
        continue;
      }
      if (out.put(k.getValue(), t.getValueNode()) != null) {
        problem(k, state, "key '" + k.getValue() + "' appears twice in " + what);
      }
    }
    return out;
  }

  /** The line of each key of a mapping node (empty if it is not one). */
  static Map<String, Integer> keyLines(Node n) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.putIfAbsent(k.getValue(), line(k));
        }
      }
    }
    return out;
  }

  /** Reports every key of {@code m} that is not in {@code known}. */
  void onlyKeys(Map<String, Node> m, Node owner, String state, Set<String> known) {
    for (String k : m.keySet()) {
      if (!known.contains(k)) {
        problem(m.get(k), state, "unknown key '" + k + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  List<Node> list(Node n, String state, String what) {
    if (n instanceof SequenceNode s) {
      return s.getValue();
    }
    problem(n, state, what + " must be a list");
    return List.of();
  }

  /** A scalar's text, or null (with a problem) when the node is missing or not a scalar. */
  String text(Map<String, Node> m, String key, Node owner, String state) {
    Node n = m.get(key);
    if (n == null) {
      problem(owner, state, "missing '" + key + "'");
      return null;
    }
    return scalar(n, state, key);
  }

  String optionalText(Map<String, Node> m, String key, String state) {
    Node n = m.get(key);
    return n == null ? null : scalar(n, state, key);
  }

  String scalar(Node n, String state, String what) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    problem(n, state, "'" + what + "' must be a single value");
    return null;
  }

  Long optionalNumber(Map<String, Node> m, String key, String state) {
    String s = optionalText(m, key, state);
    if (s == null) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      problem(m.get(key), state, "'" + key + "' must be a whole number, not '" + s + "'");
      return null;
    }
  }

  int number(Map<String, Node> m, String key, String state, int dflt) {
    Long v = optionalNumber(m, key, state);
    return v == null ? dflt : (int) Math.max(0, Math.min(v, 100));
  }

  List<String> texts(Node n, String state, String what) {
    List<String> out = new ArrayList<>();
    if (n instanceof ScalarNode s) {
      out.add(s.getValue());
      return out;
    }
    for (Node item : list(n, state, what)) {
      String s = scalar(item, state, what);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
