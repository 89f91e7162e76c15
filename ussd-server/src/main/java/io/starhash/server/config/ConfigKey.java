package io.starhash.server.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** One known config key: its dotted name, default text, one-line meaning and value type. */
record ConfigKey<T>(String name, String defaultText, String description, ValueType<T> type) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a dotted, dashed, lower-case key: " + name);
    }
  }

  /** The environment variable of this key: {@code ussd.session-ttl} is STARHASH_USSD_SESSION_TTL. */
  String envName() {
    return "STARHASH_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The section this key belongs to: {@code ussd} for {@code ussd.session-ttl}. */
  String section() {
    return name.substring(0, name.indexOf('.'));
  }

  /** The value written as {@code text}; throws {@link BadValue}. */
  T parse(String text) {
    return type.parse(text);
  }

  /** The message for a refused text, with the text masked if this key is secret. */
  String problem(String text, BadValue why) {
    return name + ": " + type.shown(text) + " " + why.getMessage();
  }

  /**
   * Returns {@code value} if this key allows it.
   *
   * @throws ConfigException naming this key otherwise
   */
  T require(T value) {
    if (value == null) {
      throw new ConfigException(List.of(name + ": is missing"));
    }
    try {
      type.check(value);
      return value;
    } catch (BadValue e) {
      throw new ConfigException(List.of(name + ": " + e.getMessage()));
    }
  }
}
