package io.starhash.sim.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of a transcript into steps; see {@link Transcript} for the format. */
final class TranscriptParser {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
  private static final String EMPTY_INPUT = "\"\"";

  private final String name;
  private final Map<String, String> vars;

  TranscriptParser(String name, Map<String, String> vars) {
    this.name = name;
    this.vars = new TreeMap<>(vars);
  }

  List<Step> parse(String text) {
    List<Step> steps = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String content = stripComment(lines[i]).strip();
      if (!content.isEmpty()) {
        steps.add(step(i + 1, content));
      }
    }
    return steps;
  }

  private Step step(int line, String content) {
    String[] parts = content.split("\\s+", 2);
    String command = parts[0];
    String arg = parts.length > 1 ? substitute(line, parts[1].strip().replace("\\#", "#")) : "";
    return switch (command) {
      case "dial" -> new Step.Dial(line, required(line, command, arg));
      case "see" -> new Step.See(line, required(line, command, arg));
      case "not-see" -> new Step.NotSee(line, required(line, command, arg));
      case "type" -> new Step.Type(line, input(line, arg));
      case "end" -> new Step.ExpectEnd(none(line, command, arg));
      case "con" -> new Step.ExpectContinue(none(line, command, arg));
      default -> throw error(line, "unknown command '" + command
          + "' (expected dial, see, not-see, type, end or con)");
    };
  }

  private String input(int line, String arg) {
    String input = required(line, "type", arg);
    return input.equals(EMPTY_INPUT) ? "" : input;
  }

  private String required(int line, String command, String arg) {
    if (arg.isEmpty()) {
      throw error(line, command + " needs an argument");
    }
    return arg;
  }

  private int none(int line, String command, String arg) {
    if (!arg.isEmpty()) {
      throw error(line, command + " takes no argument, got '" + arg + "'");
    }
    return line;
  }

  private String substitute(int line, String arg) {
    if (!arg.contains("${")) {
      return arg;
    }
    if (VARIABLE.matcher(arg).replaceAll("").contains("${")) {
      throw error(line, "unterminated ${ (write ${name})");
    }
    Matcher m = VARIABLE.matcher(arg);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = vars.get(m.group(1));
      if (value == null) {
        throw error(line, "unknown variable ${" + m.group(1) + "} (known: " + vars.keySet() + ")");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Cuts the line at the first {@code #} that starts it or follows a space or tab. */
  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private TranscriptParseException error(int line, String reason) {
    return new TranscriptParseException(name, line, reason);
  }
}
