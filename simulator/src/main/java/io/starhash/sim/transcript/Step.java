package io.starhash.sim.transcript;

import java.util.Objects;

/** One line of a {@link Transcript}: an action on the handset or a check of its screen. */
public sealed interface Step
    permits Step.Dial, Step.See, Step.NotSee, Step.Type, Step.ExpectEnd, Step.ExpectContinue {

  /** The 1-based line of the transcript this step came from. */
  int line();

  /** {@code dial <code>}: starts a new session. */
  record Dial(int line, String serviceCode) implements Step {
    public Dial {
      requireLine(line);
      requireText(serviceCode, "serviceCode");
    }
  }

  /** {@code see <text>}: the current screen contains the text (case-sensitive). */
  record See(int line, String text) implements Step {
    public See {
      requireLine(line);
      requireText(text, "text");
    }
  }

  /** {@code not-see <text>}: the current screen does not contain the text. */
  record NotSee(int line, String text) implements Step {
    public NotSee {
      requireLine(line);
      requireText(text, "text");
    }
  }

  /** {@code type <input>}: sends the input; may be empty (written {@code type ""}). */
  record Type(int line, String input) implements Step {
    public Type {
      requireLine(line);
      Objects.requireNonNull(input, "input");
    }
  }

  /** {@code end}: the current screen is an END screen. */
  record ExpectEnd(int line) implements Step {
    public ExpectEnd {
      requireLine(line);
    }
  }

  /** {@code con}: the current screen continues the session. */
  record ExpectContinue(int line) implements Step {
    public ExpectContinue {
      requireLine(line);
    }
  }

  private static void requireLine(int line) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more");
    }
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }
}
