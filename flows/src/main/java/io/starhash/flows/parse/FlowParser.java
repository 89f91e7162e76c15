package io.starhash.flows.parse;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.Problem;
import io.starhash.flows.model.StateDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a flow file (YAML) into a {@link FlowDefinition}, reporting every structural problem
 * with its line. Meaning (targets, reachability, effects, screen lengths) is checked later by
 * the validator. Thread-safe (stateless).
 */
public final class FlowParser {

  /** Largest flow file accepted, so that a mistaken file cannot exhaust memory. */
  public static final int MAX_BYTES = 1 << 20;

  private static final Set<String> TOP_KEYS =
      Set.of("id", "version", "service-codes", "languages", "start", "messages", "states");

  /** What parsing found: the definition when the file could be read at all, and the problems. */
  public record Result(Optional<FlowDefinition> flow, List<Problem> problems) {}

  public Result parse(String file, String yamlText) {
    Yaml y = new Yaml(file);
    if (yamlText.length() > MAX_BYTES) {
      y.problem(1, "", "flow file is larger than " + MAX_BYTES + " bytes");
      return new Result(Optional.empty(), y.problems());
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // reported by Yaml.map with a line
      options.setMaxAliasesForCollections(50);
      root = new org.yaml.snakeyaml.Yaml(options).compose(new java.io.StringReader(yamlText));
    } catch (RuntimeException e) {
      int line = 1;
      if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
        line = m.getProblemMark().getLine() + 1;
      }
      y.problem(line, "", "not valid YAML: " + firstLine(e.getMessage()));
      return new Result(Optional.empty(), y.problems());
    }
    if (root == null) {
      y.problem(1, "", "the file is empty");
      return new Result(Optional.empty(), y.problems());
    }
    Map<String, Node> top = y.map(root, "", "a flow file");
    y.onlyKeys(top, root, "", TOP_KEYS);
    String id = y.text(top, "id", root, "");
    Long version = y.optionalNumber(top, "version", "");
    if (version == null || version < 1) {
      y.problem(top.getOrDefault("version", root), "", "'version' must be a whole number of at least 1");
    }
    List<String> codes = top.containsKey("service-codes")
        ? y.texts(top.get("service-codes"), "", "service-codes") : List.of();
    List<String> languages = top.containsKey("languages")
        ? y.texts(top.get("languages"), "", "languages") : List.of("en");
    String start = y.text(top, "start", root, "");
    Map<String, Integer> messageLines = new LinkedHashMap<>();
    Map<String, Map<String, String>> messages = messages(y, top.get("messages"), messageLines);
    top.forEach((k, n) -> messageLines.put("@" + k, Yaml.line(n)));
    Map<String, StateDef> states = new LinkedHashMap<>();
    Node statesNode = top.get("states");
    if (statesNode == null) {
      y.problem(root, "", "missing 'states'");
    } else {
      StateReader reader = new StateReader(y);
      Map<String, Integer> lines = Yaml.keyLines(statesNode);
      y.map(statesNode, "", "'states'").forEach((name, node) ->
          reader.read(name, node, lines.get(name)).ifPresent(s -> states.put(name, s)));
    }
    if (id == null || start == null || version == null) {
      return new Result(Optional.empty(), y.problems());
    }
    FlowDefinition def = new FlowDefinition(file, id, version.intValue(), codes, languages, start, states,
        messages, messageLines);
    return new Result(Optional.of(def), y.problems());
  }

  private static Map<String, Map<String, String>> messages(Yaml y, Node node, Map<String, Integer> lines) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    y.map(node, "", "'messages'").forEach((lang, table) -> {
      Map<String, String> texts = new LinkedHashMap<>();
      y.map(table, "", "messages of '" + lang + "'").forEach((key, value) -> {
        String text = y.scalar(value, "", "message " + key);
        if (text != null) {
          texts.put(key, text);
          lines.put(lang + "." + key, Yaml.line(value));
        }
      });
      out.put(lang, Map.copyOf(texts));
    });
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
