package io.starhash.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starhash.core.testing.RedisHarness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark in its smallest size against the harness Redis: every mode runs the same
 * scenario without an error and every reported figure is there and plausible. No timing is
 * asserted: CI machines are noisy.
 */
class BenchRunnerTest {

  private static final int LIVE = 1_000;

  @Test
  void theSmallestRunReportsEveryFieldWithSaneValues() throws Exception {
    BenchSettings tiny = new BenchSettings(4, Duration.ofSeconds(1), Duration.ofMillis(300), LIVE, true);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BenchResult result = new BenchRunner(tiny, Map.of(), new PrintStream(progress, true, StandardCharsets.UTF_8))
        .run(RedisHarness.url(), "the test harness");

    JsonNode json = new ObjectMapper().readTree(result.toJson());
    for (String mode : new String[] {"ceiling", "redis", "memory"}) {
      JsonNode m = json.get(mode);
      assertThat(m.get("hopsPerSec").asDouble()).as(mode + " hops/s").isPositive();
      assertThat(m.get("p50Ms").asDouble()).as(mode + " p50").isPositive();
      assertThat(m.get("p99Ms").asDouble()).as(mode + " p99").isGreaterThanOrEqualTo(m.get("p50Ms").asDouble());
      assertThat(m.get("errors").size()).as(mode + " errors: " + m.get("errors")).isZero();
    }
    assertThat(json.get("ratio").asDouble()).isPositive();
    JsonNode halfPeak = json.get("redisHalfPeak");
    assertThat(halfPeak.get("sessionsPerSecScheduled").asDouble())
        .isEqualTo(Math.round(json.get("redis").get("sessionsPerSec").asDouble() / 2 * 10) / 10.0, within(0.11));
    assertThat(halfPeak.get("hopsPerSec").asDouble()).isPositive();
    assertThat(halfPeak.get("errors").size()).as("half-peak errors: " + halfPeak.get("errors")).isZero();
    assertThat(json.get("sessionBytes").asInt()).isBetween(64, 511);
    assertThat(json.get("redisBytesPerSession").asDouble()).isBetween(1.0, 2048.0);
    assertThat(json.get("heapAfterSessionsMb").asDouble()).isPositive();
    assertThat(json.get("liveSessions").asLong()).isEqualTo(LIVE);
    assertThat(json.get("liveSessionsFailed").asLong()).isZero();
    assertThat(json.get("machine").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());

    assertThat(result.toText())
        .contains("machine: " + Runtime.getRuntime().availableProcessors() + " cores")
        .contains("in this one JVM")
        .containsPattern("(?m)^ceiling +[0-9.]+ +[0-9.]+ +[0-9.]+")
        .containsPattern("(?m)^redis +[0-9.]+")
        .containsPattern("(?m)^memory +[0-9.]+")
        .contains("ratio real(redis)/ceiling: ")
        .contains("[fewer than 100,000: smoke run]");
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench: ceiling:").contains("bench: memory:");
    assertThat(RedisHarness.commands().keys(CeilingEngine.KEY_PREFIX + "*")).isEmpty();
  }
}
