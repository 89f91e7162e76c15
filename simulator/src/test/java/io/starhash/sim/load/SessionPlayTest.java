package io.starhash.sim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionPlayTest {

  private static SessionPlay play(String scenario, Map<String, String> vars) {
    SessionScript script = SessionScript.compile(Scenarios.parse("p", scenario, vars.keySet()), vars);
    return new SessionPlay(script, "+255700000007", "42", "load-x-42");
  }

  @Test
  void yieldsEachHopsFormWithTheCumulativeTextAndFillsVariables() {
    SessionPlay play = play("dial ${code}\ntype \"\"\ntype a b*c\ntype ${session}\nsee ok ${msisdn}\nend\n",
        Map.of("code", "*1#"));

    String dial = play.nextHop();
    assertThat(dial).isEqualTo("sessionId=load-x-42&serviceCode=*1%23&phoneNumber=%2B255700000007"
        + "&networkCode=load&text=");
    play.reply(true, "one");
    assertThat(play.nextHop()).endsWith("&text=");
    play.reply(true, "two");
    assertThat(play.nextHop()).endsWith("&text=*a+b*c");
    play.reply(true, "three");
    assertThat(play.nextHop()).endsWith("&text=*a+b*c*42");
    play.reply(false, "ok +255700000007");
    assertThat(play.nextHop()).isNull();
    assertThat(play.mismatch()).isNull();
  }

  @Test
  void aFailedCheckStopsThePlayAndSaysWhy() {
    SessionPlay play = play("dial *1#\nsee Menu\nnot-see Error\ntype 1\nend\n", Map.of());
    play.nextHop();
    play.reply(true, "Menu Error");
    assertThat(play.nextHop()).isNull();
    assertThat(play.mismatch()).isEqualTo("line 3: expected no \"Error\" but the screen was CON \"Menu Error\"");
  }

  @Test
  void typingIntoAnEndScreenIsAMismatch() {
    SessionPlay play = play("dial *1#\ntype 1\n", Map.of());
    play.nextHop();
    play.reply(false, "Bye");
    assertThat(play.nextHop()).isNull();
    assertThat(play.mismatch()).isEqualTo("line 2: expected a CON screen to type into");
  }

  @Test
  void aSecondDialIsANewSessionIdWithItsOwnText() {
    SessionPlay play = play("dial *1#\ntype 1\ncon\ndial *2#\nend\n", Map.of());
    play.nextHop();
    play.reply(true, "a");
    play.nextHop();
    play.reply(true, "b");
    assertThat(play.nextHop()).startsWith("sessionId=load-x-42-2&").endsWith("&text=");
  }

  @Test
  void numbersCountUpWrapAndKeepTheirWidth() {
    NumberRange range = NumberRange.of("+0700000098", 3);
    assertThat(range.number(0)).isEqualTo("+0700000098");
    assertThat(range.number(2)).isEqualTo("+0700000100");
    assertThat(range.number(3)).isEqualTo("+0700000098");
    assertThat(NumberRange.of("255799", 1).number(5)).isEqualTo("255799");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NumberRange.of("+99", 1))
        .hasMessageContaining("4 to 15 digits");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NumberRange.of("+9999", 2))
        .hasMessageContaining("run past 4 digits");
  }

  @Test
  void unknownVariablesInACompiledTemplateStayAsWritten() {
    Template t = Template.compile("${a}-${msisdn}-${b}-${session}", Map.of("a", "A"));
    assertThat(t.render("+1", "9")).isEqualTo("A-+1-${b}-9");
    assertThat(Set.of(Template.compile("plain", Map.of()).render("x", "y"))).containsExactly("plain");
  }
}
