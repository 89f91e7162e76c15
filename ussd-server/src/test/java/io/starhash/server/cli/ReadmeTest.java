package io.starhash.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.server.config.ConfigKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README stays true: it opens with the two commands, and its config table is the code's. */
class ReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  @Test
  void opensWithTheTwoCommands() throws IOException {
    String head = readme().substring(0, 1200);
    assertThat(head).contains("./starhash demo").contains("mvn -B verify");
  }

  @Test
  void listsEveryConfigKeyAsTheCodeDescribesIt() throws IOException {
    String r = readme();
    String table = r.substring(r.indexOf("<!-- config-keys:start"), r.indexOf("<!-- config-keys:end"));
    assertThat(table.substring(table.indexOf('\n') + 1).strip()).isEqualTo(ConfigKeys.describe().strip());
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws IOException {
    assertThat(Files.readString(Path.of("../.ci/run"))).contains("mvn -B verify");
  }
}
