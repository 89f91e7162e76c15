package io.starhash.sim.handset;

import io.starhash.core.ussd.Screen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** A handset driven by a person at a terminal: shows each screen, sends each line they type. */
public final class InteractiveHandset {

  /** The session ran to its END screen, or the user closed the input. */
  public static final int EXIT_OK = 0;
  /** The handset could not reach the server or the server broke the protocol. */
  public static final int EXIT_HANDSET_ERROR = 2;

  private InteractiveHandset() {}

  /**
   * Dials {@code serviceCode}, then prints each screen and sends each line read from {@code in}
   * until an END screen or the end of {@code in}.
   *
   * @return {@link #EXIT_OK}, or {@link #EXIT_HANDSET_ERROR} after printing the reason
   */
  public static int run(Dialer dialer, String serviceCode, BufferedReader in, PrintStream out) {
    ChatLog chat = new ChatLog(out);
    try {
      chat.dialed(serviceCode);
      Screen screen = dialer.dial(serviceCode);
      chat.screen(screen);
      while (screen.continues()) {
        out.print(ChatLog.asksForPin(screen) ? "PIN> " : "> ");
        out.flush();
        String line = in.readLine();
        if (line == null) {
          out.println();
          out.println("(input closed: session abandoned)");
          return EXIT_OK;
        }
        screen = dialer.send(line);
        chat.screen(screen);
      }
      return EXIT_OK;
    } catch (HandsetException e) {
      out.println("handset error (" + e.kind() + "): " + e.getMessage());
      return EXIT_HANDSET_ERROR;
    } catch (IOException e) {
      out.println("cannot read input: " + e.getMessage());
      return EXIT_HANDSET_ERROR;
    }
  }
}
