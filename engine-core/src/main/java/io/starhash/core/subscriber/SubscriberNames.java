package io.starhash.core.subscriber;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a name typed at sign-up: 2 to 40 characters of letters, spaces, hyphens and apostrophes. */
public final class SubscriberNames {

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 40;

  /** Starts and ends with a letter; letters may carry combining marks. */
  private static final Pattern NAME = Pattern.compile("\\p{L}\\p{M}*(?:[\\p{L}\\p{M} '\\-]*\\p{L}\\p{M}*)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SubscriberNames() {}

  /**
   * The name with surrounding blanks removed and inner runs of blanks made one space, or empty if
   * it is not an acceptable name.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String name = SPACES.matcher(typed.strip()).replaceAll(" ");
    int length = name.codePointCount(0, name.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
