package io.starhash.sim.handset;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.ussd.Screen;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InteractiveHandsetTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static BufferedReader lines(String text) {
    return new BufferedReader(new StringReader(text));
  }

  @Test
  void showsEachScreenAndSendsEachLineUntilTheEndScreen() {
    ScriptedDialer dialer = new ScriptedDialer()
        .answer(Screen.con("Welcome\n1 Get my token"))
        .answer(Screen.con("Enter PIN"))
        .answer(Screen.end("Your token is 4812 3307 5"));

    int code = InteractiveHandset.run(dialer, "*165#", lines("1\n1234\nnever read\n"), out);

    assertThat(code).isEqualTo(InteractiveHandset.EXIT_OK);
    assertThat(dialer.calls()).containsExactly("dial *165#", "send 1", "send 1234");
    assertThat(output()).contains("[CON] Welcome", "1 Get my token", "PIN> ", "[END] Your token is 4812 3307 5")
        .doesNotContain("1234\n");
  }

  @Test
  void endOfInputAbandonsTheSessionNormally() {
    ScriptedDialer dialer = new ScriptedDialer().answer(Screen.con("Menu"));

    int code = InteractiveHandset.run(dialer, "*165#", lines(""), out);

    assertThat(code).isEqualTo(InteractiveHandset.EXIT_OK);
    assertThat(output()).contains("session abandoned");
  }

  @Test
  void aHandsetErrorIsPrintedAndGivesExitCodeTwo() {
    ScriptedDialer dialer = new ScriptedDialer()
        .answer(Screen.con("Menu"))
        .fail(new HandsetException(HandsetException.Kind.HTTP_STATUS, "server answered HTTP 500: \"boom\""));

    int code = InteractiveHandset.run(dialer, "*165#", lines("1\n"), out);

    assertThat(code).isEqualTo(InteractiveHandset.EXIT_HANDSET_ERROR);
    assertThat(output()).contains("handset error (HTTP_STATUS): server answered HTTP 500: \"boom\"");
  }
}
