package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenTest {

  // 4812 3307 3: Damm check digit of 48123307 is 3.
  private static final String VALID = "481233073";

  @Test
  void showsGroupedAndLogsMasked() {
    Token t = new Token(VALID);

    assertThat(t.grouped()).isEqualTo("4812 3307 3");
    assertThat(t.masked()).isEqualTo("4812 ****");
    assertThat(t.toString()).isEqualTo("4812 ****").doesNotContain("3307");
  }

  @Test
  void parsesTypedInputWithSpaces() {
    assertThat(Token.parse("4812 3307 3")).contains(new Token(VALID));
    assertThat(Token.parse(" 48123307 3 ")).contains(new Token(VALID));
    assertThat(Token.parse(VALID)).contains(new Token(VALID));
  }

  @Test
  void parsingRefusesWhatIsNoTokenWithoutThrowing() {
    assertThat(Token.parse(null)).isEmpty();
    assertThat(Token.parse("")).isEmpty();
    assertThat(Token.parse("481233076")).as("wrong check digit").isEmpty();
    assertThat(Token.parse("841233073")).as("transposed digits").isEmpty();
    assertThat(Token.parse("48123307")).as("8 digits").isEmpty();
    assertThat(Token.parse("4812330730")).as("10 digits").isEmpty();
    assertThat(Token.parse("012345671")).as("leading zero").isEmpty();
    assertThat(Token.parse("4812-3307-3")).isEmpty();
    assertThat(Token.parse("4".repeat(100))).isEmpty();
  }

  @Test
  void theConstructorChecksShapeAndCheckDigit() {
    assertThatThrownBy(() -> new Token("481233076")).hasMessageContaining("check digit");
    assertThatThrownBy(() -> new Token("0" + VALID.substring(1))).hasMessageContaining("not starting with 0");
    assertThatThrownBy(() -> new Token("4812 3307 3")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCheckDigitIsAppendedToThePayload() {
    assertThat(Token.withCheckDigit("48123307")).isEqualTo(new Token(VALID));
  }
}
