package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinPolicyTest {

  private final PinPolicy policy = new PinPolicy(4);

  @ParameterizedTest
  @ValueSource(strings = {"4821", "0934", "1235", "9075", "1121"})
  void acceptsOrdinaryPins(String pin) {
    assertThat(policy.acceptable(pin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000", "7777", "1234", "0123", "6789", "4321", "9876", "1212", "3838",
      "123", "12345", "12a4", "", "١٢٣٤"})
  void rejectsTrivialOrMalformedPins(String pin) {
    assertThat(policy.acceptable(pin)).isFalse();
  }
}
