package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({"500, 50000", "500.5, 50050", "500.50, 50050", "0.01, 1", " 7 , 700", "0, 0",
      "1000000, 100000000", "9999999999999.99, 999999999999999"})
  void parsesWhatPeopleType(String text, long minor) {
    assertThat(Money.parse(text, "TZS")).contains(new Money(minor, "TZS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-5", "500.505", "5.", ".5", "1,000", "1e3", "abc", "5 00", "+5",
      "10000000000000", "٥٠٠"})
  void rejectsEverythingElse(String text) {
    assertThat(Money.parse(text, "TZS")).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThat(Money.parse(null, "TZS")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0, 0.00", "5, 0.05", "100000, '1,000.00'", "123456789, '1,234,567.89'", "50050, 500.50"})
  void formatsWithSeparatorsAndTwoDecimals(long minor, String text) {
    assertThat(new Money(minor, "TZS").format()).isEqualTo(text);
  }

  @Test
  void formatsNegativeMovements() {
    assertThat(Money.formatMinor(-2_000)).isEqualTo("-20.00");
    assertThat(new Money(100, "KES")).hasToString("1.00 KES");
  }

  @Test
  void arithmeticStaysInOneCurrency() {
    Money a = new Money(1_000, "TZS");
    assertThat(a.plus(new Money(1, "TZS"))).isEqualTo(new Money(1_001, "TZS"));
    assertThat(a.minus(new Money(1_000, "TZS"))).isEqualTo(Money.zero("TZS"));
    assertThat(a.isGreaterThan(new Money(999, "TZS"))).isTrue();
    assertThat(a.isPositive()).isTrue();
    assertThat(Money.zero("TZS").isPositive()).isFalse();
    assertThatThrownBy(() -> a.plus(new Money(1, "KES"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.minus(new Money(1_001, "TZS"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new Money(-1, "TZS")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Money(1, "tzs")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("1", "TZSH")).isInstanceOf(IllegalArgumentException.class);
  }
}
