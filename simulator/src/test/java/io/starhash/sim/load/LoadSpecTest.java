package io.starhash.sim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptParseException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadSpecTest {

  private static final URI URL = URI.create("http://127.0.0.1:8080/ussd/at");
  private static final Transcript SCENARIO = Scenarios.parse("t", "dial *1#\nend\n", Set.of());

  @Test
  void theNineArgumentConstructorKeepsTheDefaultHopTimeout() {
    LoadSpec spec = new LoadSpec(URL, SCENARIO, 4, Duration.ofSeconds(30), Duration.ofSeconds(3),
        OptionalDouble.empty(), Map.of(), 100, "+255710000000");
    assertThat(spec.hopTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theDefaultWarmUpIsATenthOfTheDurationAtLeastOneSecondAtMostHalf() {
    assertThat(LoadSpec.defaultWarmup(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(6));
    assertThat(LoadSpec.defaultWarmup(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoadSpec.defaultWarmup(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(500));
    assertThat(LoadSpec.of(URL, SCENARIO, 1, Duration.ofSeconds(20)).warmup()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void badValuesAreRefusedWithTheReason() {
    LoadSpec ok = LoadSpec.of(URL, SCENARIO, 1, Duration.ofSeconds(10));
    assertThatThrownBy(() -> LoadSpec.of(URI.create("https://x/ussd"), SCENARIO, 1, Duration.ofSeconds(1)))
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> LoadSpec.of(URL, SCENARIO, 0, Duration.ofSeconds(1)))
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> LoadSpec.of(URL, SCENARIO, 1, Duration.ofHours(2)))
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> ok.withWarmup(Duration.ofSeconds(10))).hasMessageContaining("warmup");
    assertThatThrownBy(() -> ok.withRate(0)).hasMessageContaining("rate");
    assertThatThrownBy(() -> ok.withVars(Map.of("msisdn", "1"))).hasMessageContaining("per session");
    assertThatThrownBy(() -> ok.withNumbers(0, "+255710000000")).hasMessageContaining("numbers");
    assertThatThrownBy(() -> ok.withNumbers(10, "+2557x")).hasMessageContaining("digits");
    assertThatThrownBy(() -> ok.withHopTimeout(Duration.ZERO)).hasMessageContaining("hopTimeout");
  }

  @Test
  void theBuiltinScenarioIsFourHopsOnTheTwoDemoCustomers() {
    LoadSpec spec = LoadSpec.builtin(URL, 8, Duration.ofSeconds(10));
    assertThat(spec.numbers()).isEqualTo(2);
    assertThat(spec.firstNumber()).isEqualTo("+255712000001");
    SessionScript script = SessionScript.compile(spec.scenario(), Map.of());
    assertThat(script.ops()).filteredOn(op -> !(op instanceof SessionScript.Check)).hasSize(4);
    assertThat(Scenarios.builtinText()).contains("dial *165#").contains("see Cancelled");
  }

  @Test
  void scenariosKeepTheirVariablesForTheRunAndRefuseUnknownOnes() {
    Transcript t = Scenarios.parse("v", "dial ${code}\ntype ${session}\nsee ${msisdn}\n", Set.of("code"));
    assertThat(t.steps().get(0).toString()).contains("${code}");
    assertThatThrownBy(() -> Scenarios.parse("v", "dial ${nope}\n", Set.of()))
        .isInstanceOf(TranscriptParseException.class).hasMessageContaining("v:1");
  }
}
