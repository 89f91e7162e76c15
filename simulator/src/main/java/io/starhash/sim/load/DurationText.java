package io.starhash.sim.load;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a duration as people write it on a command line: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or ISO {@code PT30S}. */
public final class DurationText {

  private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

  private DurationText() {}

  /** @throws IllegalArgumentException naming the accepted forms */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a duration: '" + t + "' (write e.g. 500ms, 30s, 2m, 1h or PT30S)", e);
    }
  }
}
