package io.starhash.sim.load;

import io.starhash.sim.transcript.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Load scenarios: transcripts parsed once per run with their per-session variables left in,
 * and the built-in scenario for the {@code *165#} flow.
 */
public final class Scenarios {

  /** {@code ${msisdn}}: the session's phone number, from the run's number range. */
  public static final String MSISDN = "msisdn";
  /** {@code ${session}}: the run's session counter, 1 for the first session. */
  public static final String SESSION = "session";

  /** The built-in scenario: menu, cash in 100, the PIN screen, cancel (4 hops, no money moves). */
  public static final String BUILTIN_NAME = "cash-in-4-hops";
  /** The first number for the built-in scenario: a demo customer (it needs registered numbers). */
  public static final String BUILTIN_FIRST_NUMBER = "+255712000001";
  /** How many numbers the built-in scenario uses: the two demo customers. */
  public static final int BUILTIN_NUMBERS = 2;

  private static final String BUILTIN_RESOURCE = BUILTIN_NAME + ".txt";

  private Scenarios() {}

  /**
   * Parses a scenario in the transcript format, keeping {@code ${msisdn}}, {@code ${session}}
   * and {@code ${name}} for each of {@code varNames} as written: the load generator fills
   * them per session (the first two) or once per run (the others, from
   * {@link LoadSpec#vars()}). Any other variable is a parse error, as in
   * {@link Transcript#parse}.
   *
   * @throws io.starhash.sim.transcript.TranscriptParseException naming the line at fault
   */
  public static Transcript parse(String name, String text, Set<String> varNames) {
    Map<String, String> asWritten = new LinkedHashMap<>();
    for (String var : varNames) {
      asWritten.put(var, "${" + var + "}");
    }
    asWritten.put(MSISDN, "${" + MSISDN + "}");
    asWritten.put(SESSION, "${" + SESSION + "}");
    return Transcript.parse(name, text, asWritten);
  }

  /** The text of the built-in scenario ({@value #BUILTIN_RESOURCE}, shipped in this package). */
  public static String builtinText() {
    try (InputStream in = Scenarios.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in scenario, parsed. */
  public static Transcript builtin() {
    return parse(BUILTIN_NAME, builtinText(), Set.of());
  }
}
