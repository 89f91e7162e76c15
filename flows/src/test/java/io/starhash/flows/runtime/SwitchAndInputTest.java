package io.starhash.flows.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.testing.EngineFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switch states branch on variables; input validators take min, max and a retry count with a fail target. */
class SwitchAndInputTest {

  private static final String FLOW = """
      id: quiz
      version: 1
      service-codes: ["*400#"]
      languages: [en]
      start: ask
      states:
        ask:
          type: input
          prompt: p
          validate: {type: digits, min: 2, max: 3}
          var: code
          retries: 1
          fail: gave-up
          next: route
        route:
          type: switch
          cases:
            - {var: code, equals: "42", next: right}
            - {var: code, in: ["41", "43"], next: close}
          default: wrong
        right: {type: end, text: r}
        close: {type: end, text: c}
        wrong: {type: end, text: w}
        gave-up: {type: end, text: g}
      messages:
        en: {p: "Code?", r: "Right: {code}", c: "Close: {code}", w: "Wrong: {code}", g: "Gave up"}
      """;

  @TempDir
  Path dir;

  private Screen play(EngineFixture f, String session, String... inputs) {
    Screen last = null;
    String text = "";
    for (int i = 0; i <= inputs.length; i++) {
      if (i > 0) {
        text = text.isEmpty() ? inputs[i - 1] : text + "*" + inputs[i - 1];
      }
      last = f.engine().handle(new Hop(new SessionId(session), EngineFixture.CUSTOMER, "*400#", text,
          Hop.InputMode.CUMULATIVE, 0, "test", "test")).toCompletableFuture().join().screen();
    }
    return last;
  }

  @Test
  void switchCasesAndValidatorLimits() throws IOException {
    Files.writeString(dir.resolve("quiz.yaml"), FLOW);
    try (EngineFixture f = new EngineFixture(m -> m, null, Optional.of(dir), Duration.ofSeconds(5))) {
      assertThat(play(f, "a", "42").text()).isEqualTo("Right: 42");
      assertThat(play(f, "b", "43").text()).isEqualTo("Close: 43");
      assertThat(play(f, "c", "100").text()).isEqualTo("Wrong: 100");
      Screen tooShort = play(f, "d", "7");
      assertThat(tooShort.continues()).isTrue();
      assertThat(tooShort.text()).isEqualTo("Too short: at least 2 characters.\nCode?");
      assertThat(play(f, "e", "7", "1234").text()).isEqualTo("Gave up");
      assertThat(play(f, "f", "ab", "42").text()).isEqualTo("Right: 42");
    }
  }
}
