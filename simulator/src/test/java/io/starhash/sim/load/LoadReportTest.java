package io.starhash.sim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTest {

  private static LoadReport report(Double rate) {
    Map<String, Long> errors = new LinkedHashMap<>();
    errors.put("connect", 0L);
    errors.put("mismatch", 3L);
    return new LoadReport(1234.5678, 308.6, 24691, 6172, errors,
        new LatencyMs(0.812, 1.2, 2.3, 4.1, 12.0), 16, 20.0, rate);
  }

  @Test
  void theJsonIsOneObjectWithTheAgreedFields() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report(null).toJson());

    assertThat(json.fieldNames()).toIterable().containsExactly("hopsPerSec", "sessionsPerSec",
        "hops", "sessions", "errors", "latencyMs", "concurrency", "durationSec", "rate");
    assertThat(json.get("hopsPerSec").asDouble()).isEqualTo(1234.568);
    assertThat(json.get("hops").asLong()).isEqualTo(24691);
    assertThat(json.get("errors").get("mismatch").asLong()).isEqualTo(3);
    assertThat(json.get("latencyMs").fieldNames()).toIterable()
        .containsExactly("p50", "p90", "p99", "p999", "max");
    assertThat(json.get("latencyMs").get("p999").asDouble()).isEqualTo(4.1);
    assertThat(json.get("rate").isNull()).isTrue();
    assertThat(new ObjectMapper().readTree(report(250.0).toJson()).get("rate").asDouble()).isEqualTo(250.0);
  }

  @Test
  void theTextIsAnAlignedTableOfTheSameFigures() {
    List<String> lines = report(null).toText().lines().toList();

    assertThat(lines).allMatch(l -> l.length() > 13 && l.charAt(12) == ' ' && l.charAt(13) != ' ');
    assertThat(lines).contains("hops/s       1234.6", "sessions     6172",
        "latency ms   p50 0.812  p90 1.200  p99 2.300  p99.9 4.100  max 12.000",
        "errors       3 (connect 0  mismatch 3)");
    assertThat(report(250.0).toText()).contains("open (250.0 sessions/s scheduled)");
  }

  @Test
  void latencyPercentilesMustNotDecrease() {
    assertThatThrownBy(() -> new LatencyMs(2, 1, 3, 4, 5)).hasMessageContaining("must not decrease");
    assertThat(LatencyMs.none().max()).isZero();
  }

  @Test
  void durationsAreReadAsPeopleWriteThem() {
    assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("500ms, 30s");
  }
}
