package io.starhash.sim.transcript;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted USSD conversation: what the user dials and types, and what each screen must say.
 *
 * <p>The text format, one command per line:
 *
 * <pre>
 * # a comment
 * dial *165#            # starts a session (a new sessionId); the first step must be a dial
 * see 1 Get my token    # the current screen contains this text (case-sensitive substring)
 * not-see Balance       # the current screen does not contain this text
 * con                   # the current screen continues the session (CON)
 * type 1                # sends an input; {@code type ""} sends an empty input
 * see Your token
 * end                   # the current screen ends the session (END)
 * </pre>
 *
 * <ul>
 *   <li>Blank lines are ignored. A {@code #} at the start of a line or after a space or tab
 *       starts a comment, so {@code *165#} is not one; write {@code \#} for a literal {@code #}
 *       after a space. The argument is the rest of the line with outer spaces removed.
 *   <li>{@code ${name}} in {@code dial}, {@code see}, {@code not-see} and {@code type} is
 *       replaced by the variable's value (the player is given e.g. {@code msisdn} and every
 *       {@code --var name=value}); an unknown variable is a parse error.
 *   <li>Parse errors name the line: an unknown command, a missing or extra argument, a check
 *       or {@code type} before the first {@code dial}, a {@code type} after an {@code end}
 *       with no {@code dial} between, a transcript without steps.
 * </ul>
 *
 * @param name where the transcript came from (a file name), used in messages
 * @param steps the steps in order, never empty, starting with a {@link Step.Dial}
 */
public record Transcript(String name, List<Step> steps) {

  public Transcript {
    Objects.requireNonNull(name, "name");
    steps = List.copyOf(steps);
    checkOrder(name, steps);
  }

  /**
   * Parses the text format above.
   *
   * @param vars the values of {@code ${...}} variables; not modified
   * @throws TranscriptParseException naming the first line at fault
   */
  public static Transcript parse(String name, String text, Map<String, String> vars) {
    return new Transcript(name, new TranscriptParser(name, vars).parse(text));
  }

  private static void checkOrder(String name, List<Step> steps) {
    if (steps.isEmpty()) {
      throw new TranscriptParseException(name, 0, "no steps: a transcript starts with a dial");
    }
    boolean dialled = false;
    boolean ended = false;
    for (Step step : steps) {
      if (step instanceof Step.Dial) {
        dialled = true;
        ended = false;
      } else if (!dialled) {
        throw new TranscriptParseException(name, step.line(), "no session yet: dial first");
      } else if (step instanceof Step.ExpectEnd) {
        ended = true;
      } else if (step instanceof Step.Type && ended) {
        throw new TranscriptParseException(
            name, step.line(), "type after end: the session has ended, dial again");
      }
    }
  }
}
