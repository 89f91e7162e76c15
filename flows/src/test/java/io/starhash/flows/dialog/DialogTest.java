package io.starhash.flows.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.flows.testing.EngineFixture;
import io.starhash.sim.transcript.PlayResult;
import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptPlayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path of the built-in {@code *165#} flow, as transcripts ({@code src/test/resources/dialogs})
 * played against the real runtime with the in-memory stores and money engine.
 */
class DialogTest {

  static Stream<Path> transcripts() throws IOException, URISyntaxException {
    Path dir = Path.of(DialogTest.class.getResource("/dialogs").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transcripts")
  void transcriptPlays(Path file) throws IOException {
    try (EngineFixture engine = new EngineFixture()) {
      Transcript t = Transcript.parse(file.getFileName().toString(), Files.readString(file),
          Map.of("msisdn", EngineFixture.CUSTOMER.e164()));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      PlayResult result = TranscriptPlayer.play(t, new EngineDialer(engine.engine(), EngineFixture.CUSTOMER),
          new PrintStream(log, true, StandardCharsets.UTF_8));
      assertThat(result.passed()).as("%s\n%s", result.describe(), log.toString(StandardCharsets.UTF_8)).isTrue();
    }
  }
}
