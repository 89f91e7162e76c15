package io.starhash.flows.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.testing.EngineFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators edit flows without a restart: a valid new version is published, a broken file is
 * refused with its problems while the last valid version keeps running, and a live session
 * finishes on the version it started on.
 */
class FlowReloadTest {

  @TempDir
  Path dir;

  private static String flow(int version, String greeting, String nextOfOne) {
    return """
        id: hello
        version: %d
        service-codes: ["*200#"]
        languages: [en]
        start: main
        states:
          main:
            type: menu
            title: t
            options:
              - {key: "1", label: a, next: %s}
          bye: {type: end, text: b}
        messages:
          en: {t: "%s", a: "Go", b: "Bye from v%d"}
        """.formatted(version, nextOfOne, greeting, version);
  }

  private void write(String yaml) throws IOException {
    Path file = dir.resolve("hello.yaml");
    Files.writeString(file, yaml);
    // A new stamp even when the test writes twice within the file system's clock tick.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(Files.size(file))));
  }

  private static HopResult hop(EngineFixture f, String session, String text) {
    return f.engine().handle(new Hop(new SessionId(session), EngineFixture.CUSTOMER, "*200#", text,
        Hop.InputMode.CUMULATIVE, 0, "test", "test")).toCompletableFuture().join();
  }

  @Test
  void publishesValidVersionsKeepsTheLastValidOneAndFinishesLiveSessionsOnTheirVersion() throws IOException {
    write(flow(1, "Hello one", "bye"));
    try (EngineFixture f = new EngineFixture(m -> m, null, Optional.of(dir), Duration.ofSeconds(5))) {
      assertThat(hop(f, "a", "").screen().text()).startsWith("Hello one");

      write(flow(2, "Hello two", "nowhere"));
      List<FlowRegistry.LoadResult> refused = f.flows().rescan();
      assertThat(refused).singleElement().satisfies(r -> {
        assertThat(r.published()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).contains("hello.yaml:11")
            .contains("unknown target state 'nowhere'"));
      });
      assertThat(hop(f, "b", "").screen().text()).startsWith("Hello one");

      write(flow(2, "Hello two", "bye"));
      assertThat(f.flows().rescan()).singleElement().satisfies(r -> assertThat(r.published()).isTrue());
      assertThat(hop(f, "c", "").screen().text()).startsWith("Hello two");
      assertThat(hop(f, "a", "1").screen().text()).isEqualTo("Bye from v1");
      assertThat(hop(f, "c", "1").screen().text()).isEqualTo("Bye from v2");
    }
  }

  @Test
  void refusesToChangeAPublishedVersionInPlace() throws IOException {
    write(flow(1, "Hello one", "bye"));
    try (EngineFixture f = new EngineFixture(m -> m, null, Optional.of(dir), Duration.ofSeconds(5))) {
      write(flow(1, "Hello changed", "bye"));
      assertThat(f.flows().rescan()).singleElement().satisfies(r -> {
        assertThat(r.published()).isFalse();
        assertThat(r.problems().get(0).message()).contains("raise the version");
      });
      assertThat(hop(f, "a", "").screen().text()).startsWith("Hello one");
    }
  }
}
