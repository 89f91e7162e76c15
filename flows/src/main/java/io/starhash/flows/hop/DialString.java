package io.starhash.flows.hop;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dialled USSD string split into the service code and the shortcut inputs that follow it:
 * {@code *165*3*500#} is service code {@code *165#} with inputs {@code 3} and {@code 500}.
 */
record DialString(String serviceCode, List<String> inputs) {
  private static final Pattern DIALLED = Pattern.compile("\\*[0-9]+(\\*[0-9A-Za-z]*)*#");


  DialString {
    inputs = List.copyOf(inputs);
  }

  static DialString parse(String dialled) {
    String s = dialled.strip();
    if (!DIALLED.matcher(s).matches()) {
      return new DialString(s, List.of());
    }
    String[] parts = s.substring(1, s.length() - 1).split("\\*", -1);
    List<String> inputs = List.of(parts).subList(1, parts.length).stream().filter(p -> !p.isEmpty()).toList();
    return new DialString("*" + parts[0] + "#", inputs);
  }
}
