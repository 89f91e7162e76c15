package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.money.Money;
import java.net.BindException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MmoSimulatorSettingsTest {

  @Test
  void theDefaultsAreLoopbackAnyPortTzsAndNoDelay() {
    MmoSimulatorSettings d = MmoSimulatorSettings.defaults();

    assertThat(d.host()).isEqualTo("127.0.0.1");
    assertThat(d.port()).isZero();
    assertThat(d.currency()).isEqualTo("TZS");
    assertThat(d.maxTransaction()).isEqualTo(new Money(100_000_000L, "TZS"));
    assertThat(d.processingDelay()).isZero();
  }

  @Test
  void switchingTheCurrencyCarriesTheMaximumAlong() {
    assertThat(MmoSimulatorSettings.defaults().withCurrency("KES").maxTransaction())
        .isEqualTo(new Money(100_000_000L, "KES"));
  }

  @Test
  void badSettingsAreRefused() {
    MmoSimulatorSettings d = MmoSimulatorSettings.defaults();

    assertThatThrownBy(() -> d.withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxTransaction(new Money(1, "KES"))).hasMessageContaining("TZS");
    assertThatThrownBy(() -> d.withProcessingDelay(Duration.ofMillis(-1))).hasMessageContaining("negative");
    assertThatThrownBy(() -> d.withCallbackTimeout(Duration.ZERO)).hasMessageContaining("positive");
  }

  @Test
  void aSimulatorListensOnItsOwnPortAndATakenPortIsAnError() throws Exception {
    try (MmoSimulator sim = MmoSimulator.start(MmoSimulatorSettings.defaults())) {
      assertThat(sim.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sim.port() + "/v1.2/mm");
      assertThat(sim.faultsUrl().toString()).isEqualTo("http://127.0.0.1:" + sim.port() + "/sim/faults");

      assertThatThrownBy(() -> MmoSimulator.start(MmoSimulatorSettings.defaults().withPort(sim.port())))
          .isInstanceOf(BindException.class);
    }
  }
}
