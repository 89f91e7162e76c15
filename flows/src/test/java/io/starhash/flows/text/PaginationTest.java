package io.starhash.flows.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.testing.EngineFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screens longer than the limit are split into pages with 98 More / 0 Back, in GSM-7 and UCS-2. */
class PaginationTest {

  private final Paginator paginator = new Paginator(ScreenLimits.DEFAULT);

  @Test
  void aScreenThatFitsIsOnePage() {
    assertThat(paginator.paginate("short", "98 More", "0 Back")).containsExactly("short");
  }

  @Test
  void everyPageOfALongGsmScreenFits182AndNavigates() {
    String text = IntStream.rangeClosed(1, 30).mapToObj(i -> i + " Option number " + i).collect(Collectors.joining("\n"));
    List<String> pages = paginator.paginate(text, "98 More", "0 Back");
    assertThat(pages.size()).isGreaterThan(2);
    assertThat(pages).allSatisfy(p -> assertThat(Gsm7.septets(p)).isLessThanOrEqualTo(182));
    assertThat(pages.get(0)).endsWith("\n98 More").doesNotContain("0 Back");
    assertThat(pages.get(1)).endsWith("98 More\n0 Back");
    assertThat(pages.get(pages.size() - 1)).endsWith("\n0 Back").doesNotContain("98 More");
    String joined = pages.stream().map(p -> p.replace("\n98 More", "").replace("\n0 Back", ""))
        .collect(Collectors.joining("\n"));
    assertThat(joined).isEqualTo(text);
  }

  @Test
  void aTextThatNeedsUcs2GetsThe80CharacterLimit() {
    String text = "Ονομα ".repeat(30).strip();
    assertThat(Gsm7.fits("ê")).isFalse();
    List<String> pages = paginator.paginate(text, "98 More", "0 Back");
    assertThat(pages.size()).isGreaterThan(2);
    assertThat(pages).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void extensionCharactersCountTwice() {
    assertThat(Gsm7.septets("€[]")).isEqualTo(6);
    assertThat(new ScreenLimits(182, 80).fits("€".repeat(91))).isTrue();
    assertThat(new ScreenLimits(182, 80).fits("€".repeat(92))).isFalse();
  }

  @Test
  void aLongMenuIsPagedInASessionAndItsOptionsWorkFromAnyPage(@TempDir Path dir) throws IOException {
    String options = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> "      - {key: \"" + i + "\", label: o" + i + ", next: bye}").collect(Collectors.joining("\n"));
    String labels = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> "    o" + i + ": \"A rather long option label " + i + "\"").collect(Collectors.joining("\n"));
    Files.writeString(dir.resolve("long.yaml"), """
        id: long
        version: 1
        service-codes: ["*300#"]
        languages: [en]
        start: main
        states:
          main:
            type: menu
            title: t
            options:
        %s
          bye: {type: end, text: b}
        messages:
          en:
            t: "Pick one"
            b: "You picked well"
        %s
        """.formatted(options, labels));
    try (EngineFixture f = new EngineFixture(m -> m, null, Optional.of(dir), Duration.ofSeconds(5))) {
      Screen first = hop(f, "");
      assertThat(first.text()).startsWith("Pick one").contains("1 A rather").endsWith("98 More");
      Screen second = hop(f, "98");
      assertThat(second.text()).endsWith("0 Back").doesNotContain("Pick one");
      Screen back = hop(f, "98*0");
      assertThat(back).isEqualTo(first);
      Screen chosen = hop(f, "98*0*20");
      assertThat(chosen.text()).isEqualTo("You picked well");
    }
  }

  private static Screen hop(EngineFixture f, String text) {
    return f.engine().handle(new Hop(new SessionId("paged"), EngineFixture.CUSTOMER, "*300#", text,
        Hop.InputMode.CUMULATIVE, 0, "test", "test")).toCompletableFuture().join().screen();
  }
}
