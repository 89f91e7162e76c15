package io.starhash.sim.transcript;

import io.starhash.core.ussd.Screen;
import io.starhash.sim.handset.HandsetException;
import java.util.Objects;

/** How playing a {@link Transcript} went. */
public sealed interface PlayResult permits PlayResult.Passed, PlayResult.Failed, PlayResult.Aborted {

  /** Whether every step held. */
  default boolean passed() {
    return this instanceof Passed;
  }

  /** One line for a person: {@code passed (7 steps)} or what went wrong at which line. */
  String describe();

  /** Every step held. */
  record Passed(int steps) implements PlayResult {
    @Override
    public String describe() {
      return "passed (" + steps + " steps)";
    }
  }

  /** The screen did not match the step at {@code lineNumber}; nothing after it was played. */
  record Failed(int lineNumber, String expected, Screen actualScreen) implements PlayResult {
    public Failed {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actualScreen, "actualScreen");
    }

    @Override
    public String describe() {
      return "line " + lineNumber + ": expected " + expected + " but the screen was "
          + (actualScreen.continues() ? "CON" : "END") + " \"" + actualScreen.text() + "\"";
    }
  }

  /** The handset got no screen for the step at {@code lineNumber}: unreachable, slow, broken. */
  record Aborted(int lineNumber, HandsetException error) implements PlayResult {
    public Aborted {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public String describe() {
      return "line " + lineNumber + ": handset error (" + error.kind() + "): " + error.getMessage();
    }
  }
}
