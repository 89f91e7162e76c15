package io.starhash.core.ussd;

import java.util.Objects;

/** What the handset shows after a hop: a text, and whether the session goes on. */
public record Screen(String text, boolean continues) {

  public Screen {
    Objects.requireNonNull(text, "text");
  }

  public static Screen con(String text) {
    return new Screen(text, true);
  }

  public static Screen end(String text) {
    return new Screen(text, false);
  }
}
