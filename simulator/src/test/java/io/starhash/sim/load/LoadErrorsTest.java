package io.starhash.sim.load;

import static io.starhash.sim.load.LoadFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.testing.FreePorts;
import io.starhash.sim.load.AtTestServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of failure is counted as such, ends its session, and the run goes on. */
class LoadErrorsTest {

  @Test
  void aScreenThatDoesNotMatchIsAMismatchAndEndsTheSession() throws Exception {
    try (AtTestServer server = new AtTestServer(form -> form.get("text").isEmpty()
        ? Answer.con("Menu\n1 Pay") : Answer.con("Enter PIN"))) {
      LoadReport report = LoadGenerator.run(spec(server.url(), 2, Duration.ofMillis(500)));

      long mismatches = report.errors().get("mismatch");
      assertThat(mismatches).isPositive();
      assertThat(report.sessions()).isZero();
      assertThat(report.errorCount()).isEqualTo(mismatches);
      assertThat(report.hops()).isBetween(2 * mismatches, 2 * mismatches + 2 * 2);
      assertThat(server.forms()).extracting(f -> f.get("text")).containsOnly("", "1");
    }
  }

  @Test
  void statusGarbageAndHangUpsAreCountedByKind() throws Exception {
    try (AtTestServer server = new AtTestServer(LoadErrorsTest::faultyByNumber)) {
      LoadSpec spec = spec(server.url(), 4, Duration.ofMillis(800)).withNumbers(4, LoadFixtures.FIRST);

      LoadReport report = LoadGenerator.run(spec);

      Map<String, Long> errors = report.errors();
      assertThat(errors).containsOnlyKeys(
          "connect", "closed", "timeout", "http-status", "bad-reply", "mismatch");
      assertThat(errors.get("http-status")).isPositive();
      assertThat(errors.get("bad-reply")).isPositive();
      assertThat(errors.get("closed")).isPositive();
      assertThat(errors.get("mismatch") + errors.get("timeout") + errors.get("connect")).isZero();
      assertThat(report.sessions()).isPositive();
    }
  }

  @Test
  void aHopWithoutReplyInTimeIsATimeoutAndTheHandsetGoesOn() throws Exception {
    try (AtTestServer server = new AtTestServer(form -> Answer.silence())) {
      LoadSpec spec = spec(server.url(), 2, Duration.ofMillis(1000)).withHopTimeout(Duration.ofMillis(150));

      LoadReport report = LoadGenerator.run(spec);

      assertThat(report.errors().get("timeout")).isGreaterThanOrEqualTo(4);
      assertThat(report.errorCount()).isEqualTo(report.errors().get("timeout"));
      // a timed-out connection is dropped and a new one opened
      assertThat(server.connections()).isGreaterThan(2);
    }
  }

  @Test
  void nothingListeningIsAConnectError() throws Exception {
    URI nowhere = URI.create("http://127.0.0.1:" + FreePorts.loopback() + "/ussd/at");

    LoadReport report = LoadGenerator.run(spec(nowhere, 2, Duration.ofMillis(500)));

    assertThat(report.errors().get("connect")).isPositive();
    assertThat(report.hops()).isZero();
  }

  @Test
  void aServerThatClosesAfterEachReplyCostsConnectionsNotErrors() throws Exception {
    try (AtTestServer server = new AtTestServer(form -> LoadFixtures.flow(form).thenClose())) {
      LoadReport report = LoadGenerator.run(spec(server.url(), 2, Duration.ofMillis(500)));

      assertThat(report.errorCount()).isZero();
      assertThat(report.sessions()).isPositive();
      assertThat(server.connections()).isGreaterThanOrEqualTo((int) report.hops());
    }
  }

  /** The last digit of the number picks the answer: 0 the flow, 1 HTTP 500, 2 garbage, 3 a hang-up. */
  private static Answer faultyByNumber(Map<String, String> form) {
    return switch (form.get("phoneNumber").charAt(form.get("phoneNumber").length() - 1)) {
      case '1' -> Answer.status(500);
      case '2' -> Answer.garbage();
      case '3' -> Answer.hangUp();
      default -> LoadFixtures.flow(form);
    };
  }
}
