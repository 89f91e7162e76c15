package io.starhash.sim.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.ussd.Screen;
import io.starhash.sim.handset.HandsetException;
import io.starhash.sim.handset.ScriptedDialer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscriptPlayerTest {

  private static final String GET_TOKEN = """
      dial *165#
      see 1 Get my token
      not-see Balance
      con
      type 1
      see Enter PIN
      type ${pin}
      see Your token
      end
      """;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private PlayResult play(String text, ScriptedDialer dialer) {
    return TranscriptPlayer.play(Transcript.parse("t.ussd", text, Map.of("pin", "9876")), dialer, log);
  }

  private String log() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static ScriptedDialer tokenDialog() {
    return new ScriptedDialer()
        .answer(Screen.con("Welcome\n1 Get my token\n2 Delete my token"))
        .answer(Screen.con("Enter PIN"))
        .answer(Screen.end("Your token is 4812 3307 5"));
  }

  @Test
  void passesWhenEveryScreenMatchesAndLogsTheDialogWithoutThePin() {
    ScriptedDialer dialer = tokenDialog();

    PlayResult result = play(GET_TOKEN, dialer);

    assertThat(result).isEqualTo(new PlayResult.Passed(9));
    assertThat(result.passed()).isTrue();
    assertThat(dialer.calls()).containsExactly("dial *165#", "send 1", "send 9876");
    assertThat(log()).isEqualTo(String.join(System.lineSeparator(),
        ">> dial *165#",
        "[CON] Welcome",
        "      1 Get my token",
        "      2 Delete my token",
        ">> 1",
        "[CON] Enter PIN",
        ">> ****",
        "[END] Your token is 4812 3307 5",
        ""));
  }

  @Test
  void stopsAtTheFirstMissingTextWithItsLineAndTheScreen() {
    ScriptedDialer dialer = new ScriptedDialer().answer(Screen.con("Welcome\n1 Get my tokens"))
        .answer(Screen.con("never"));

    PlayResult result = play("dial *165#\nsee 2 Delete\ntype 1\nsee never", dialer);

    assertThat(result).isEqualTo(new PlayResult.Failed(2, "a screen containing \"2 Delete\"",
        Screen.con("Welcome\n1 Get my tokens")));
    assertThat(result.passed()).isFalse();
    assertThat(result.describe()).startsWith("line 2: expected a screen containing \"2 Delete\"");
    assertThat(dialer.calls()).containsExactly("dial *165#");
  }

  @Test
  void seeIsCaseSensitive() {
    PlayResult result = play("dial *165#\nsee welcome", new ScriptedDialer().answer(Screen.con("Welcome")));

    assertThat(result).isInstanceOf(PlayResult.Failed.class);
  }

  @Test
  void failsWhenAForbiddenTextIsShown() {
    PlayResult result = play("dial *165#\nnot-see Balance", new ScriptedDialer().answer(Screen.con("8 Balance")));

    assertThat(result).isEqualTo(new PlayResult.Failed(2, "a screen without \"Balance\"", Screen.con("8 Balance")));
  }

  @Test
  void failsWhenTheScreenKindIsWrong() {
    assertThat(play("dial *165#\nend", new ScriptedDialer().answer(Screen.con("Menu"))))
        .isEqualTo(new PlayResult.Failed(2, "an END screen", Screen.con("Menu")));
    assertThat(play("dial *165#\ncon", new ScriptedDialer().answer(Screen.end("Bye"))))
        .isEqualTo(new PlayResult.Failed(2, "a CON screen", Screen.end("Bye")));
  }

  @Test
  void typingOnAnEndScreenFailsWithoutSendingOrShowingTheInput() {
    ScriptedDialer dialer = new ScriptedDialer().answer(Screen.end("Not registered"));

    PlayResult result = play("dial *165#\ntype ${pin}", dialer);

    assertThat(result).isInstanceOfSatisfying(PlayResult.Failed.class, f -> {
      assertThat(f.lineNumber()).isEqualTo(2);
      assertThat(f.expected()).startsWith("a CON screen to type into").doesNotContain("9876");
    });
    assertThat(dialer.calls()).containsExactly("dial *165#");
  }

  @Test
  void aHandsetErrorAbortsAtItsLine() {
    HandsetException error = new HandsetException(HandsetException.Kind.BAD_REPLY, "garbage");
    ScriptedDialer dialer = new ScriptedDialer().answer(Screen.con("Menu")).fail(error);

    PlayResult result = play("dial *165#\ntype 1\nsee never", dialer);

    assertThat(result).isEqualTo(new PlayResult.Aborted(2, error));
    assertThat(result.describe()).isEqualTo("line 2: handset error (BAD_REPLY): garbage");
  }

  @Test
  void aSecondDialStartsOverInTheSameTranscript() {
    ScriptedDialer dialer = new ScriptedDialer().answer(Screen.end("Bye")).answer(Screen.con("Menu"));

    PlayResult result = play("dial *165#\nend\ndial *165*6#\ncon\nsee Menu", dialer);

    assertThat(result).isEqualTo(new PlayResult.Passed(5));
    assertThat(dialer.calls()).containsExactly("dial *165#", "dial *165*6#");
  }
}
