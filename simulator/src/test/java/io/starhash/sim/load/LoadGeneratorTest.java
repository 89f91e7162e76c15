package io.starhash.sim.load;

import static io.starhash.sim.load.LoadFixtures.FIRST;
import static io.starhash.sim.load.LoadFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.sim.load.AtTestServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs against a real AT server on loopback: what is counted, measured and sent. */
class LoadGeneratorTest {

  @Test
  void aClosedRunCountsHopsAndSessionsOverOneKeptAliveConnectionPerHandset() throws Exception {
    try (AtTestServer server = new AtTestServer(LoadFixtures::flow)) {
      LoadReport report = LoadGenerator.run(spec(server.url(), 4, Duration.ofMillis(800)));

      assertThat(report.errorCount()).isZero();
      assertThat(report.sessions()).isPositive();
      // a handset stopped mid-session has answered up to 2 hops of it
      assertThat(report.hops()).isBetween(3 * report.sessions(), 3 * report.sessions() + 2 * 4);
      assertThat(server.forms().size()).isBetween((int) report.hops(), (int) report.hops() + 4);
      assertThat(server.connections()).isEqualTo(4);
      assertThat(report.hopsPerSec()).isEqualTo(report.hops() / report.durationSec(), within());
      assertThat(report.sessionsPerSec()).isEqualTo(report.sessions() / report.durationSec(), within());
      assertThat(report.durationSec()).isGreaterThanOrEqualTo(0.8);
      assertThat(report.latency().p50()).isPositive();
      assertThat(report.latency().max()).isGreaterThanOrEqualTo(report.latency().p999());
      assertThat(report.concurrency()).isEqualTo(4);
      assertThat(report.rate()).isNull();
    }
  }

  @Test
  void sendsTheAfricasTalkingFormWithCumulativeTextAndNumbersFromTheRange() throws Exception {
    try (AtTestServer server = new AtTestServer(LoadFixtures::flow)) {
      LoadReport report = LoadGenerator.run(spec(server.url(), 2, Duration.ofMillis(500)));

      List<Map<String, String>> forms = server.forms();
      assertThat(report.sessions()).isGreaterThan(10);
      assertThat(forms).extracting(f -> f.get("text")).containsOnly("", "1", "1*5");
      assertThat(forms).extracting(f -> f.get("serviceCode")).containsOnly("*100#");
      assertThat(forms).extracting(f -> f.get("contentType"))
          .containsOnly("application/x-www-form-urlencoded");
      Set<String> phones = forms.stream().map(f -> f.get("phoneNumber")).collect(Collectors.toSet());
      assertThat(phones).hasSize(10).allMatch(p -> p.matches("\\+25570000000[0-9]"));
      Map<String, Long> hopsPerSession = forms.stream()
          .collect(Collectors.groupingBy(f -> f.get("sessionId"), Collectors.counting()));
      assertThat(hopsPerSession.values()).allMatch(n -> n <= 3);
      assertThat(hopsPerSession.size()).isGreaterThanOrEqualTo((int) report.sessions());
    }
  }

  @Test
  void fillsMsisdnAndSessionPerSessionAndOtherVarsOncePerRun() throws Exception {
    String scenario = """
        dial ${code}
        see Hi ${msisdn}
        type ${session}
        see got ${session}
        end
        """;
    try (AtTestServer server = new AtTestServer(form -> form.get("text").isEmpty()
        ? Answer.con("Hi " + form.get("phoneNumber")) : Answer.end("got " + form.get("text")))) {
      LoadSpec spec = LoadSpec.of(server.url(), Scenarios.parse("vars", scenario, Set.of("code")),
              2, Duration.ofMillis(500))
          .withWarmup(Duration.ZERO).withNumbers(3, FIRST).withVars(Map.of("code", "*123#"));

      LoadReport report = LoadGenerator.run(spec);

      assertThat(report.errorCount()).isZero();
      assertThat(report.sessions()).isPositive();
      List<Map<String, String>> typed = server.forms().stream()
          .filter(f -> !f.get("text").isEmpty()).toList();
      assertThat(typed).allSatisfy(f -> {
        assertThat(f.get("serviceCode")).isEqualTo("*123#");
        assertThat(f.get("sessionId")).endsWith("-" + f.get("text"));
        long index = Long.parseLong(f.get("text")) - 1;
        assertThat(f.get("phoneNumber")).isEqualTo("+25570000000" + (index % 3));
      });
    }
  }

  @Test
  void theWarmUpIsPlayedButLeftOutOfTheFigures() throws Exception {
    try (AtTestServer server = new AtTestServer(LoadFixtures::flow)) {
      LoadSpec spec = spec(server.url(), 2, Duration.ofMillis(1000)).withWarmup(Duration.ofMillis(500));

      LoadReport report = LoadGenerator.run(spec);

      assertThat(report.durationSec()).isBetween(0.5, 0.95);
      assertThat(report.hops()).isPositive();
      assertThat(server.forms().size()).isGreaterThan((int) report.hops() + 2);
    }
  }

  @Test
  void theDurationBoundsTheRunEvenWhenTheServerNeverAnswers() throws Exception {
    try (AtTestServer server = new AtTestServer(form -> Answer.silence())) {
      long start = System.nanoTime();
      LoadReport report = LoadGenerator.run(spec(server.url(), 3, Duration.ofMillis(500)));
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(seconds).isBetween(0.5, 3.0);
      assertThat(report.hops()).isZero();
      assertThat(report.errorCount()).isZero();
      assertThat(server.forms()).hasSize(3);
    }
  }

  @Test
  void theOpenModelStartsSessionsAtTheRate() throws Exception {
    try (AtTestServer server = new AtTestServer(LoadFixtures::flow)) {
      LoadReport report = LoadGenerator.run(spec(server.url(), 4, Duration.ofMillis(1000)).withRate(100));

      // 100 sessions are due in the second; a closed run here plays thousands
      assertThat(report.sessions()).isBetween(50L, 101L);
      assertThat(report.rate()).isEqualTo(100.0);
      assertThat(report.errorCount()).isZero();
    }
  }

  @Test
  void theOpenModelMeasuresFromWhenEachSessionWasDue() throws Exception {
    String oneHop = "dial *1#\nend\n";
    try (AtTestServer server = new AtTestServer(form -> Answer.end("ok").after(20))) {
      // one handset serves at most ~50 sessions/s here; 100/s are due, so a backlog builds
      LoadSpec spec = spec(server.url(), oneHop, 1, Duration.ofMillis(1000)).withRate(100);

      LoadReport report = LoadGenerator.run(spec);

      assertThat(report.hops()).isPositive();
      assertThat(report.latency().p50()).isGreaterThanOrEqualTo(20);
      assertThat(report.latency().max()).isGreaterThan(200);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
