package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DammTest {

  @Test
  void knownVector() {
    assertThat(Damm.checkDigit("572")).isEqualTo(4);
    assertThat(Damm.isValid("5724")).isTrue();
    assertThat(Damm.isValid("5727")).isFalse();
  }

  @Test
  void everySingleDigitErrorAndAdjacentTranspositionIsDetected() {
    Random random = new Random(42);
    for (int n = 0; n < 500; n++) {
      String payload = Integer.toString(10_000_000 + random.nextInt(90_000_000));
      String token = payload + Damm.checkDigit(payload);
      assertThat(Damm.isValid(token)).isTrue();
      char[] digits = token.toCharArray();
      for (int i = 0; i < digits.length; i++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != digits[i]) {
            char[] wrong = digits.clone();
            wrong[i] = d;
            assertThat(Damm.isValid(new String(wrong))).as("%s with position %d as %s", token, i, d).isFalse();
          }
        }
        if (i + 1 < digits.length && digits[i] != digits[i + 1]) {
          char[] swapped = digits.clone();
          swapped[i] = digits[i + 1];
          swapped[i + 1] = digits[i];
          assertThat(Damm.isValid(new String(swapped))).as("%s swapped at %d", token, i).isFalse();
        }
      }
    }
  }

  @Test
  void garbageIsNotValid() {
    assertThat(Damm.isValid(null)).isFalse();
    assertThat(Damm.isValid("")).isFalse();
    assertThat(Damm.isValid("0")).isFalse();
    assertThat(Damm.isValid("57a4")).isFalse();
    assertThat(Damm.isValid("5724 ")).isFalse();
    assertThatThrownBy(() -> Damm.checkDigit("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Damm.checkDigit("12x")).isInstanceOf(IllegalArgumentException.class);
  }
}
