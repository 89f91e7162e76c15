package io.starhash.flows.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A text with {@code {name}} placeholders for session variables, parsed once. {@code {{} and
 * {@code }}} are literal braces. Immutable, thread-safe.
 */
public final class Template {

  private final String source;
  private final String[] literals; // literals[i] precedes names[i]; one more literal than names
  private final String[] names;

  private Template(String source, List<String> literals, List<String> names) {
    this.source = source;
    this.literals = literals.toArray(String[]::new);
    this.names = names.toArray(String[]::new);
  }

  /**
   * Parses {@code source}.
   *
   * @throws IllegalArgumentException with the reason, for an unclosed or empty placeholder
   */
  public static Template parse(String source) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
        lit.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
        lit.append('}');
        i += 2;
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("'{' without '}' at column " + (i + 1));
        }
        String name = source.substring(i + 1, close).strip();
        if (!name.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
          throw new IllegalArgumentException("bad variable name '{" + name + "}'");
        }
        literals.add(lit.toString());
        lit.setLength(0);
        names.add(name);
        i = close + 1;
      } else {
        lit.append(c);
        i++;
      }
    }
    literals.add(lit.toString());
    return new Template(source, literals, names);
  }

  /** The variable names this template shows, in order of first use. */
  public Set<String> variables() {
    return new LinkedHashSet<>(List.of(names));
  }

  /** Renders with {@code vars}; a missing variable renders as the empty string. */
  public String render(Map<String, String> vars) {
    return render(n -> vars.getOrDefault(n, ""));
  }

  public String render(Function<String, String> vars) {
    if (names.length == 0) {
      return literals[0];
    }
    StringBuilder sb = new StringBuilder(source.length() + 32);
    for (int i = 0; i < names.length; i++) {
      sb.append(literals[i]);
      String v = vars.apply(names[i]);
      sb.append(v == null ? "" : v);
    }
    return sb.append(literals[names.length]).toString();
  }

  /** The longest rendering, given the longest value of each variable. */
  public String worstCase(Function<String, Integer> maxLength) {
    return render(n -> "x".repeat(Math.max(0, maxLength.apply(n))));
  }

  public String source() {
    return source;
  }
}
