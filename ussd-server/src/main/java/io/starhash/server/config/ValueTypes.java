package io.starhash.server.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The general value types of config keys: numbers, durations, sizes, choices, optional values. */
final class ValueTypes {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");
  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,10}) ?(B|KiB|MiB|GiB)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,10}");
  private static final long KIB = 1024;

  private ValueTypes() {}

  /** A positive duration written as 500ms, 5s, 2m, 1h or 90d. */
  static ValueType<Duration> duration() {
    return ValueType.of(ValueTypes::toDuration, value -> {
      if (value.isNegative() || value.isZero()) {
        throw new BadValue("must be positive");
      }
    });
  }

  /** A whole number between {@code min} and {@code max}, both included. */
  static ValueType<Integer> wholeNumber(int min, int max) {
    return ValueType.of(ValueTypes::toWholeNumber, value -> {
      if (value < min || value > max) {
        throw new BadValue(max == Integer.MAX_VALUE
            ? "must be at least " + min
            : "must be between " + min + " and " + max);
      }
    });
  }

  /** A size in bytes, at least 1 and at most {@code maxBytes}, written as 8192, 8KiB or 1MiB. */
  static ValueType<Integer> size(int maxBytes) {
    return ValueType.of(ValueTypes::toBytes, value -> {
      if (value < 1 || value > maxBytes) {
        throw new BadValue("must be between 1 and " + maxBytes + " bytes");
      }
    });
  }

  /** One of the constants of {@code type}, in any case. */
  static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return ValueType.of(text -> Arrays.stream(constants)
            .filter(c -> c.name().equalsIgnoreCase(text))
            .findFirst()
            .orElseThrow(() -> new BadValue("is not one of " + names)),
        value -> {});
  }

  /** {@code true} or {@code false}, in any case. */
  static ValueType<Boolean> bool() {
    return ValueType.of(text -> switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadValue("is not true or false");
    }, value -> {});
  }

  /** A value of {@code type}, or nothing when the text is empty. */
  static <T> ValueType<Optional<T>> optional(ValueType<T> type) {
    return new ValueType<>() {
      @Override
      public Optional<T> parse(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(type.parse(text));
      }

      @Override
      public void check(Optional<T> value) {
        value.ifPresent(type::check);
      }

      @Override
      public String shown(String text) {
        return type.shown(text);
      }
    };
  }

  private static Duration toDuration(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw new BadValue("is not a duration (use e.g. 500ms, 5s, 2m)");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  private static Integer toWholeNumber(String text) {
    if (!WHOLE.matcher(text).matches()) {
      throw new BadValue("is not a whole number");
    }
    long value = Long.parseLong(text);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new BadValue("is too large");
    }
    return (int) value;
  }

  private static Integer toBytes(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new BadValue("is not a size (use e.g. 8192, 8KiB, 1MiB)");
    }
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    long factor = switch (unit) {
      case "KIB" -> KIB;
      case "MIB" -> KIB * KIB;
      case "GIB" -> KIB * KIB * KIB;
      default -> 1;
    };
    long bytes = Long.parseLong(m.group(1)) * factor;
    if (bytes > Integer.MAX_VALUE) {
      throw new BadValue("is too large");
    }
    return (int) bytes;
  }
}
