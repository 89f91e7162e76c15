package io.starhash.server.config;

import java.util.List;

/**
 * Bad configuration: every problem found, one {@code "key: problem"} per line of the message.
 *
 * <p>Secrets (passwords in URLs, PINs) are already masked in the problems.
 */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code "key: problem"}, in the order found. */
  public List<String> problems() {
    return problems;
  }

  static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }
}
