package io.starhash.server.bench;

import java.util.Locale;

/** What the benchmark measures, in the order it runs and prints them. */
enum Mode {
  /** {@link CeilingEngine}: one Redis GET and one SET per hop, a fixed screen. */
  CEILING("ceiling: one Redis GET + SET of 300 bytes per hop, fixed screen"),
  /** The built-in {@code *165#} flow with every store in Redis. */
  REDIS("the built-in *165# flow, sessions and all stores in Redis"),
  /** The built-in {@code *165#} flow with every store in memory. */
  MEMORY("the built-in *165# flow, every store in memory");

  private final String description;

  Mode(String description) {
    this.description = description;
  }

  /** {@code ceiling}, {@code redis} or {@code memory}: the row name and the JSON key. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  String description() {
    return description;
  }
}
