package io.starhash.sim.handset;

import io.starhash.core.ussd.Screen;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints a USSD dialog as a chat log: {@code >> } before what the user keys, the screen text
 * after a {@code [CON]} or {@code [END]} marker.
 *
 * <p>An input typed on a screen that asks for a PIN is printed as {@code ****}, never in clear.
 */
public final class ChatLog {

  static final String MASKED_PIN = "****";
  private static final String INDENT = "      ";

  private final PrintStream out;

  public ChatLog(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  public void dialed(String serviceCode) {
    out.println(">> dial " + serviceCode);
  }

  /** Prints an input, masked when {@code prompt} asks for a PIN. */
  public void typed(String input, Screen prompt) {
    out.println(">> " + (asksForPin(prompt) ? MASKED_PIN : input));
  }

  public void screen(Screen screen) {
    String[] lines = screen.text().split("\r?\n", -1);
    out.println((screen.continues() ? "[CON] " : "[END] ") + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.println(INDENT + lines[i]);
    }
  }

  /** Whether the screen prompts for a PIN, so that the answer must not be shown. */
  public static boolean asksForPin(Screen prompt) {
    return prompt != null && prompt.text().toUpperCase(Locale.ROOT).contains("PIN");
  }
}
