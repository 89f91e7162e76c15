package io.starhash.sim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario text whose {@code ${msisdn}} and {@code ${session}} are filled per session; the
 * run's other variables are filled once, when it is compiled. Immutable.
 */
final class Template {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  private final String[] literals;
  private final boolean[] msisdnSlots;

  private Template(String[] literals, boolean[] msisdnSlots) {
    this.literals = literals;
    this.msisdnSlots = msisdnSlots;
  }

  /**
   * Compiles a text: {@code ${msisdn}} and {@code ${session}} become slots, a name in
   * {@code vars} its value, any other {@code ${...}} stays as written.
   */
  static Template compile(String raw, Map<String, String> vars) {
    List<String> literals = new ArrayList<>();
    List<Boolean> slots = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    Matcher m = VARIABLE.matcher(raw);
    int from = 0;
    while (m.find()) {
      literal.append(raw, from, m.start());
      String name = m.group(1);
      if (name.equals(Scenarios.MSISDN) || name.equals(Scenarios.SESSION)) {
        literals.add(literal.toString());
        literal.setLength(0);
        slots.add(name.equals(Scenarios.MSISDN));
      } else {
        literal.append(vars.getOrDefault(name, m.group()));
      }
      from = m.end();
    }
    literal.append(raw, from, raw.length());
    literals.add(literal.toString());
    boolean[] msisdnSlots = new boolean[slots.size()];
    for (int i = 0; i < msisdnSlots.length; i++) {
      msisdnSlots[i] = slots.get(i);
    }
    return new Template(literals.toArray(String[]::new), msisdnSlots);
  }

  /** The text for one session. */
  String render(String msisdn, String session) {
    if (msisdnSlots.length == 0) {
      return literals[0];
    }
    StringBuilder out = new StringBuilder(literals[0]);
    for (int i = 0; i < msisdnSlots.length; i++) {
      out.append(msisdnSlots[i] ? msisdn : session).append(literals[i + 1]);
    }
    return out.toString();
  }
}
