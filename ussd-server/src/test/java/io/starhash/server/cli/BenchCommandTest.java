package io.starhash.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code starhash bench} and {@code server --ceiling} on the command line: usage and refusals. */
class BenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpNamesTheOptions() {
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString()).contains("--quick").contains("--json").contains("--concurrency")
        .contains("--duration").contains("--sessions");
  }

  @Test
  void aBadDurationIsAUsageError() {
    assertThat(run("bench", "--duration", "5x")).isEqualTo(2);
    assertThat(err.toString()).contains("not a duration: '5x'");
  }

  @Test
  void aConcurrencyOfZeroIsAUsageError() {
    assertThat(run("bench", "--quick", "--concurrency", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("concurrency must be 1-10000, was 0");
  }

  @Test
  void durationsTakeMillisecondsSecondsAndMinutes() {
    BenchCommand.DurationConverter c = new BenchCommand.DurationConverter();
    assertThat(c.convert("500ms").toMillis()).isEqualTo(500);
    assertThat(c.convert("20s").toSeconds()).isEqualTo(20);
    assertThat(c.convert("2m").toSeconds()).isEqualTo(120);
  }

  @Test
  void theCeilingServerNeedsRedis() {
    ServerOptions options = new ServerOptions();
    options.sets.put("redis.url", "");
    options.port = 0;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = ServerRunner.runCeiling(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("the ceiling mode needs redis.url");
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
