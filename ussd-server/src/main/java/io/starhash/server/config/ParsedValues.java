package io.starhash.server.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The typed value of every known key, parsed from the winning text or the default. */
final class ParsedValues {

  private final Map<ConfigKey<?>, Object> values = new HashMap<>();

  private ParsedValues() {}

  /**
   * Parses the text given for each key in {@code given}, or its default; adds a problem naming
   * the key and the origin for each text that is refused.
   */
  static ParsedValues parse(Map<String, RawValue> given, List<String> problems) {
    ParsedValues parsed = new ParsedValues();
    for (ConfigKey<?> key : ConfigKeys.all()) {
      RawValue raw = given.getOrDefault(key.name(), new RawValue(key.name(), key.defaultText(), ""));
      try {
        parsed.values.put(key, key.parse(raw.text()));
      } catch (BadValue e) {
        problems.add(raw.locate(key.problem(raw.text(), e)));
      }
    }
    return parsed;
  }

  /** The value of {@code key}; only for keys whose text was accepted. */
  <T> T get(ConfigKey<T> key) {
    Object value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no value for " + key.name());
    }
    @SuppressWarnings("unchecked") // put by parse() from key.parse(), so it is a T
    T typed = (T) value;
    return typed;
  }
}
