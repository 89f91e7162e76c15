package io.starhash.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.money.MoneyEffects;
import io.starhash.flows.model.Problem;
import io.starhash.flows.parse.FlowParser;
import io.starhash.flows.registry.FlowSource;
import io.starhash.flows.text.ScreenLimits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken flow per kind of problem (in {@code src/test/resources/broken}): each must be
 * reported with its file and the line marked {@code #<-}.
 */
class FlowValidatorTest {

  private final FlowValidator validator = new FlowValidator(MoneyEffects.CATALOG, ScreenLimits.DEFAULT);

  static Stream<Path> brokenFlows() throws IOException, URISyntaxException {
    Path dir = Path.of(FlowValidatorTest.class.getResource("/broken").toURI());
    return FlowSource.filesIn(dir).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFlows")
  void reportsTheProblemWithFileAndLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String expected = lines.get(0).replaceFirst("^# expect: ", "");
    int line = markedLine(lines);

    List<Problem> problems = problemsOf(file.toString(), String.join("\n", lines));

    assertThat(problems).as("problems of %s", file.getFileName())
        .anySatisfy(p -> {
          assertThat(p.file()).isEqualTo(file.toString());
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.message()).contains(expected);
        });
    assertThat(problems.get(0).toString()).startsWith(file + ":");
  }

  @Test
  void theBuiltInFlowHasNoProblem() {
    for (FlowSource src : FlowSource.builtIns()) {
      assertThat(problemsOf(src.name(), src.text())).as(src.name()).isEmpty();
    }
  }

  @Test
  void reportsEveryProblemOfAFileTogether() {
    String yaml = """
        id: broken
        version: 1
        service-codes: ["*100#"]
        languages: [en]
        start: main
        states:
          main:
            type: menu
            title: t
            options:
              - {key: "1", label: a, next: nowhere}
              - {key: "2", label: a}
          lonely: {type: end, text: b}
        messages:
          en: {t: "Title", a: "A {who}", b: "Bye"}
        """;
    List<Problem> problems = problemsOf("many.yaml", yaml);
    assertThat(problems).extracting(Problem::message)
        .anyMatch(m -> m.contains("unknown target state 'nowhere'"))
        .anyMatch(m -> m.contains("option 2 has no target"))
        .anyMatch(m -> m.contains("unreachable state"))
        .anyMatch(m -> m.contains("unknown variable '{who}'"));
    assertThat(problems).isSortedAccordingTo(Problem::compareTo);
  }

  private List<Problem> problemsOf(String file, String yaml) {
    FlowParser.Result parsed = new FlowParser().parse(file, yaml);
    List<Problem> all = new ArrayList<>(parsed.problems());
    parsed.flow().ifPresent(f -> all.addAll(validator.validate(f)));
    return all.stream().sorted().toList();
  }

  private static int markedLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("#<-")) {
        return i + 1;
      }
    }
    throw new IllegalStateException("no line marked #<-");
  }
}
