package io.starhash.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a result is printed: the table and the JSON object, from known figures. */
class BenchOutputTest {

  private static final Machine MACHINE = new Machine(2, "Test CPU", "17.0.15 (Test VM)", "Linux amd64", 6000);

  private static ModeResult mode(double hopsPerSec, double p50, double p99, Map<String, Long> errors) {
    return new ModeResult(hopsPerSec, hopsPerSec / 4, (long) hopsPerSec * 20, (long) hopsPerSec * 5, p50, p50 * 2,
        p99, p99 * 2, p99 * 3, errors);
  }

  private static BenchResult result(int liveSessions) {
    return result(liveSessions, Optional.of(new HalfPeak(1_125, mode(4_500, 1.5, 6.25, Map.of()))));
  }

  private static BenchResult result(int liveSessions, Optional<HalfPeak> halfPeak) {
    Map<Mode, ModeResult> modes = new EnumMap<>(Mode.class);
    modes.put(Mode.CEILING, mode(20_000, 1.2, 4.5, Map.of()));
    modes.put(Mode.REDIS, mode(9_000, 2.5, 9.75, Map.of("mismatch", 3L)));
    modes.put(Mode.MEMORY, mode(12_000, 2.0, 8.0, Map.of()));
    return new BenchResult(MACHINE, BenchSettings.standard(), "redis 7.0.15 from test", modes, halfPeak, 231,
        new LiveSessions.Footprint(liveSessions, 0, null, 412.4, 80.04, 81.26));
  }

  @Test
  void theJsonHasEveryFieldTheIssueNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(result(100_000).toJson());
    assertThat(json.get("ceiling").get("hopsPerSec").asDouble()).isEqualTo(20_000.0);
    assertThat(json.get("ceiling").get("p50Ms").asDouble()).isEqualTo(1.2);
    assertThat(json.get("ceiling").get("p99Ms").asDouble()).isEqualTo(4.5);
    assertThat(json.get("redis").get("hopsPerSec").asDouble()).isEqualTo(9_000.0);
    assertThat(json.get("redis").get("errors").get("mismatch").asLong()).isEqualTo(3);
    assertThat(json.get("memory").get("p99Ms").asDouble()).isEqualTo(8.0);
    assertThat(json.get("ratio").asDouble()).isEqualTo(0.45);
    assertThat(json.get("redisHalfPeak").get("sessionsPerSecScheduled").asDouble()).isEqualTo(1_125.0);
    assertThat(json.get("redisHalfPeak").get("p99Ms").asDouble()).isEqualTo(6.25);
    assertThat(json.get("sessionBytes").asInt()).isEqualTo(231);
    assertThat(json.get("redisBytesPerSession").asDouble()).isEqualTo(412.0);
    assertThat(json.get("heapAfterSessionsMb").asDouble()).isEqualTo(81.3);
    assertThat(json.get("machine").get("cores").asInt()).isEqualTo(2);
  }

  @Test
  void theTableHasOneRowPerModeTheRatioAndTheSessionCosts() {
    String text = result(100_000).toText();
    assertThat(text)
        .contains("machine: 2 cores (Test CPU), Java 17.0.15 (Test VM), Linux amd64, max heap 6000 MB")
        .contains("32 concurrent handsets, 20.0 s per mode after 5.0 s warm-up")
        .containsPattern("(?m)^ceiling +20000\\.0 +1\\.200 +4\\.500 ")
        .containsPattern("(?m)^redis +9000\\.0 +2\\.500 +9\\.750 .* 3$")
        .contains("ratio real(redis)/ceiling: 0.450")
        .contains("session: 231 bytes serialized")
        .contains("redis at half its peak (open model, 1125.0 sessions/s scheduled): 4500.0 hops/s, p50 1.500 ms,"
            + " p99 6.250 ms, 0 errors")
        .contains("Redis memory per live session: 412 bytes of used_memory (100,000 sessions)")
        .contains("81.3 MB used after 100,000 live sessions")
        .contains("errors in redis: {mismatch=3}")
        .doesNotContain("smoke run");
  }

  @Test
  void withoutAHalfPeakRunTheJsonSaysNull() throws Exception {
    BenchResult r = result(100_000, Optional.empty());
    assertThat(new ObjectMapper().readTree(r.toJson()).get("redisHalfPeak").isNull()).isTrue();
    assertThat(r.toText()).doesNotContain("redis at half its peak (");
  }

  @Test
  void fewerLiveSessionsThanTheTargetAreSaidToBeASmokeRun() {
    assertThat(result(10_000).toText()).contains("after 10,000 live sessions").contains("[fewer than 100,000: smoke run]");
  }

  @Test
  void aResultWithoutEveryModeIsRefused() {
    Map<Mode, ModeResult> onlyCeiling = Map.of(Mode.CEILING, mode(1, 1, 1, Map.of()));
    assertThatThrownBy(() -> new BenchResult(MACHINE, BenchSettings.quickRun(), "r", onlyCeiling, Optional.empty(), 1,
        new LiveSessions.Footprint(1, 0, null, 1, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redis");
  }

  @Test
  void settingsOutOfRangeAreRefusedWithTheReason() {
    assertThatThrownBy(() -> BenchSettings.quickRun().withConcurrency(0)).hasMessageContaining("concurrency");
    assertThatThrownBy(() -> BenchSettings.quickRun().withDuration(Duration.ofMillis(10))).hasMessageContaining("duration");
    assertThatThrownBy(() -> BenchSettings.quickRun().withLiveSessions(0)).hasMessageContaining("live sessions");
  }
}
