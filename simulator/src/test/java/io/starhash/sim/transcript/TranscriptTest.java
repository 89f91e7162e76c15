package io.starhash.sim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  private static final Map<String, String> VARS = Map.of("msisdn", "+255712000001", "pin", "1234");

  private static Transcript parse(String text) {
    return Transcript.parse("t.ussd", text, VARS);
  }

  private static void assertParseError(String text, int line, String reason) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(TranscriptParseException.class, e -> {
          assertThat(e.lineNumber()).isEqualTo(line);
          assertThat(e.transcript()).isEqualTo("t.ussd");
        })
        .hasMessageStartingWith("t.ussd:" + line + ": ")
        .hasMessageContaining(reason);
  }

  @Test
  void parsesEveryCommandWithItsLineNumber() {
    Transcript t = parse("""
        # get a token
        dial *165#                 # starts a session

        see 1 Get my token
        not-see Balance
        con
        type 1
        see Your token
        end
        """);

    assertThat(t.name()).isEqualTo("t.ussd");
    assertThat(t.steps()).containsExactly(
        new Step.Dial(2, "*165#"),
        new Step.See(4, "1 Get my token"),
        new Step.NotSee(5, "Balance"),
        new Step.ExpectContinue(6),
        new Step.Type(7, "1"),
        new Step.See(8, "Your token"),
        new Step.ExpectEnd(9));
  }

  @Test
  void substitutesVariablesInDialSeeNotSeeAndType() {
    Transcript t = parse("""
        dial *165*${pin}#
        see Hello ${msisdn}!
        not-see ${pin}${pin}
        type ${pin}
        """);

    assertThat(t.steps()).containsExactly(
        new Step.Dial(1, "*165*1234#"),
        new Step.See(2, "Hello +255712000001!"),
        new Step.NotSee(3, "12341234"),
        new Step.Type(4, "1234"));
  }

  @Test
  void aVariableValueIsInsertedVerbatim() {
    Transcript t = Transcript.parse("t", "dial *165#\nsee ${x}", Map.of("x", "$1 \\ ${y}"));

    assertThat(t.steps()).element(1).isEqualTo(new Step.See(2, "$1 \\ ${y}"));
  }

  @Test
  void hashAfterSpaceStartsACommentUnlessEscaped() {
    Transcript t = parse("dial *165*3*500#\t# shortcut\nsee Pay \\# 5 # tail\n#see nothing\n   # indented");

    assertThat(t.steps()).containsExactly(new Step.Dial(1, "*165*3*500#"), new Step.See(2, "Pay # 5"));
  }

  @Test
  void typeOfTwoQuotesSendsAnEmptyInput() {
    assertThat(parse("dial *165#\ntype \"\"").steps()).element(1).isEqualTo(new Step.Type(2, ""));
  }

  @Test
  void acceptsWindowsLineEndingsAndSeveralSeeLinesAndDials() {
    Transcript t = parse("dial *165#\r\nsee 1 Get\r\nsee 2 Delete\r\ntype 0\r\nend\r\ndial *165#\r\ncon\r\n");

    assertThat(t.steps()).hasSize(7).element(5).isEqualTo(new Step.Dial(6, "*165#"));
  }

  @Test
  void anUnknownVariableIsAnErrorNamingTheLineAndTheKnownOnes() {
    assertParseError("dial *165#\n\nsee ${name}", 3, "unknown variable ${name} (known: [msisdn, pin])");
  }

  @Test
  void anUnterminatedVariableIsAnError() {
    assertParseError("dial *165#\ntype ${pin", 2, "unterminated ${");
  }

  @Test
  void anUnknownCommandIsAnErrorNamingTheLine() {
    assertParseError("dial *165#\n# fine\nSee Welcome", 3, "unknown command 'See'");
  }

  @Test
  void missingAndExtraArgumentsAreErrors() {
    assertParseError("dial", 1, "dial needs an argument");
    assertParseError("dial *165#\nsee   # only a comment", 2, "see needs an argument");
    assertParseError("dial *165#\nnot-see", 2, "not-see needs an argument");
    assertParseError("dial *165#\ntype", 2, "type needs an argument");
    assertParseError("dial *165#\nend now", 2, "end takes no argument, got 'now'");
    assertParseError("dial *165#\ncon 1", 2, "con takes no argument");
  }

  @Test
  void aStepBeforeTheFirstDialIsAnError() {
    assertParseError("# header\nsee Welcome\ndial *165#", 2, "dial first");
  }

  @Test
  void typeAfterEndIsAnErrorUntilTheNextDial() {
    assertParseError("dial *165#\nend\nsee Bye\ntype 1", 4, "type after end");
    assertThat(parse("dial *165#\nend\ndial *165#\ntype 1").steps()).hasSize(4);
  }

  @Test
  void aTranscriptWithoutStepsIsAnError() {
    assertThatThrownBy(() -> parse("# nothing\n\n"))
        .isInstanceOfSatisfying(TranscriptParseException.class, e -> assertThat(e.lineNumber()).isZero())
        .hasMessageContaining("no steps");
  }

  @Test
  void stepsAreValidatedAndTheListIsImmutable() {
    assertThatThrownBy(() -> new Step.See(0, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Step.Dial(1, "")).isInstanceOf(IllegalArgumentException.class);
    Transcript t = new Transcript("t", List.of(new Step.Dial(1, "*165#")));
    assertThatThrownBy(() -> t.steps().add(new Step.ExpectEnd(2)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
