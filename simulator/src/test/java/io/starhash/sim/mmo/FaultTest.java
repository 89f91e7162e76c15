package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultTest {

  @Test
  void aFaultMustDoSomethingAndMakeSense() {
    assertThatThrownBy(() -> new Fault(Duration.ZERO, 0, false, false, false, 1)).hasMessageContaining("nothing");
    assertThatThrownBy(() -> new Fault(Duration.ZERO, 0, false, true, true, 1)).hasMessageContaining("both");
    assertThatThrownBy(() -> new Fault(Duration.ZERO, 503, true, false, false, 1)).hasMessageContaining("combined");
    assertThatThrownBy(() -> Fault.ofErrorStatus(302)).hasMessageContaining("400-599");
    assertThatThrownBy(() -> Fault.ofTimeout().times(-1)).hasMessageContaining("count");
    assertThatThrownBy(() -> Fault.ofDelay(Duration.ofMinutes(11))).hasMessageContaining("delay");
  }

  @Test
  void theInjectorCountsRequestsOffAndForgetsASpentFault() {
    FaultInjector faults = new FaultInjector();
    faults.set(Fault.ofLostCallback().times(2));

    assertThat(faults.take()).hasValue(Fault.ofLostCallback().times(2));
    assertThat(faults.remaining()).isEqualTo(1);
    assertThat(faults.take()).isPresent();
    assertThat(faults.take()).isEmpty();
    assertThat(faults.current()).isEmpty();
  }

  @Test
  void aFaultWithCountZeroStaysUntilCleared() {
    FaultInjector faults = new FaultInjector();
    faults.set(Fault.ofErrorStatus(503).times(0));

    for (int i = 0; i < 5; i++) {
      assertThat(faults.take()).isPresent();
    }
    assertThat(faults.serviceUnavailable()).isTrue();
    faults.clear();
    assertThat(faults.take()).isEmpty();
    assertThat(faults.serviceUnavailable()).isFalse();
  }
}
