package io.starhash.core.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinRulesTest {

  private final PinRules four = new PinRules(4);
  private final PinRules six = new PinRules(6);

  @Test
  void refusesTrivialPins() {
    assertThat(new String[] {"0000", "9999", "1234", "6789", "7890", "9012", "4321", "3210", "1098",
        "1212", "9090"}).allSatisfy(pin -> assertThat(four.acceptable(pin)).as(pin).isFalse());
    assertThat(new String[] {"123123", "121212", "555555", "456789", "987654"})
        .allSatisfy(pin -> assertThat(six.acceptable(pin)).as(pin).isFalse());
  }

  @Test
  void refusesMalformedPins() {
    assertThat(new String[] {"729", "72914", "72a1", "７２９１", " 7291", ""})
        .allSatisfy(pin -> assertThat(four.acceptable(pin)).as(pin).isFalse());
    assertThat(four.acceptable(null)).isFalse();
    assertThat(four.wellFormed("0000")).isTrue();
    assertThat(four.wellFormed("７２９１")).as("full-width digits").isFalse();
  }

  @Test
  void acceptsOrdinaryPins() {
    assertThat(new String[] {"7291", "1123", "2580", "1235", "0102", "1221"})
        .allSatisfy(pin -> assertThat(four.acceptable(pin)).as(pin).isTrue());
    assertThat(six.acceptable("123124")).isTrue();
  }
}
