package io.starhash.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as an operator uses it: exit codes and what it prints. */
class CliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void flowsValidateListsEveryProblemWithFileAndLineAndExitsNonZero(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), """
        id: bad
        version: 1
        service-codes: ["*300#"]
        languages: [en]
        start: main
        states:
          main:
            type: menu
            title: t
            options:
              - {key: "1", label: a, next: nowhere}
              - {key: "2", label: a}
        messages:
          en: {t: "Title", a: "A"}
        """);
    int code = run("flows", "validate", dir.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains(dir.resolve("bad.yaml") + ":11 [main] unknown target state 'nowhere'")
        .contains(dir.resolve("bad.yaml") + ":12 [main] option 2 has no target")
        .contains("1 flow file(s), 2 problem(s)");
  }

  @Test
  void flowsValidateExitsZeroForValidFlows(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ok.yaml"), """
        id: ok
        version: 1
        service-codes: ["*300#"]
        languages: [en]
        start: main
        states:
          main: {type: menu, title: t, options: [{key: "1", label: a, next: bye}]}
          bye: {type: end, text: b}
        messages:
          en: {t: "Title", a: "A", b: "Bye"}
        """);
    assertThat(run("flows", "validate", dir.toString())).isZero();
    assertThat(out.toString()).contains("1 flow file(s), 0 problem(s)");
  }

  @Test
  void aMissingDirectoryIsAUsageError(@TempDir Path dir) {
    assertThat(run("flows", "validate", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not a directory");
  }

  @Test
  void loadWithBadUsageExitsTwoWithTheReason() {
    assertThat(run("load", "--url", "http://127.0.0.1:1/ussd/africastalking", "--concurrency", "0")).isEqualTo(2);
    assertThat(err.toString() + out.toString()).contains("concurrency");
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("server").contains("handset").contains("flows")
        .contains("load");
  }
}
