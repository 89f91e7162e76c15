package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

  @Test
  void keepsFirstLettersOnly() {
    assertThat(DisplayNames.mask("Demo Customer")).isEqualTo("D*** C***");
    assertThat(DisplayNames.mask("  john   doe ")).isEqualTo("j*** d***");
    assertThat(DisplayNames.mask("Madonna")).isEqualTo("M***");
  }

  @Test
  void hidesLengthAndCapsWords() {
    assertThat(DisplayNames.mask("Al Bartholomew-Smithson")).isEqualTo("A*** B***");
    assertThat(DisplayNames.mask("a b c d e f g")).isEqualTo("a*** b*** c*** d*** e***").hasSize(24);
  }

  @Test
  void blankIsStars() {
    assertThat(DisplayNames.mask(null)).isEqualTo("***");
    assertThat(DisplayNames.mask(" ")).isEqualTo("***");
  }

  @Test
  void keepsWholeCodePoints() {
    assertThat(DisplayNames.mask("\uD835\uDC00bc Émile")).isEqualTo("\uD835\uDC00*** É***");
  }
}
