package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.starhash.core.money.Damm;
import io.starhash.core.phone.PhoneNumbers;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenGeneratorTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int MANY = 3_000;

  /** Checked with libphonenumber directly, not through the code under test. */
  private static boolean validNumber(String typed, String region) {
    try {
      return UTIL.isValidNumber(UTIL.parse(typed, region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static boolean dialable(Token t, String region) {
    return validNumber(t.value(), region) || validNumber("0" + t.value(), region)
        || validNumber(t.grouped(), region);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TZ", "KE", "NG", "GH"})
  void manyTokensAreWellFormedAndNoneIsAPhoneNumber(String region) {
    TokenGenerator generator = new TokenGenerator(new SecureRandom(), new PhoneNumbers(region));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < MANY; i++) {
      Token t = generator.next();
      assertThat(t.value()).hasSize(9).matches("[1-9][0-9]{8}");
      assertThat(Damm.isValid(t.value())).isTrue();
      assertThat(dialable(t, region)).as("%s dialable in %s", t.grouped(), region).isFalse();
      seen.add(t.value());
    }
    assertThat(seen).as("draws are random").hasSizeGreaterThan(MANY - 5);
  }

  @Test
  void aCandidateThatIsAPhoneNumberIsSkipped() {
    // 71234567 + check digit is a Tanzanian mobile number (checked below).
    Token phoneLike = Token.withCheckDigit("71234567");
    assertThat(validNumber(phoneLike.value(), "TZ")).isTrue();
    ScriptedRandom random = new ScriptedRandom().then(71234567, TokenServiceContract.P0);

    Token t = new TokenGenerator(random, new PhoneNumbers("TZ")).next();

    assertThat(t).isEqualTo(TokenServiceContract.token(TokenServiceContract.P0));
  }

  @Test
  void theTestPayloadsAreNoPhoneNumbers() {
    List<Integer> payloads = List.of(TokenServiceContract.P0, TokenServiceContract.P1,
        TokenServiceContract.P2);
    assertThat(payloads).allSatisfy(p ->
        assertThat(dialable(TokenServiceContract.token(p), "TZ")).isFalse());
  }

  @Test
  void aRandomSourceThatOnlyDrawsPhoneNumbersGivesUpClearly() {
    ScriptedRandom random = new ScriptedRandom().always(71234567);
    TokenGenerator generator = new TokenGenerator(random, new PhoneNumbers("TZ"));

    assertThatThrownBy(generator::next).isInstanceOf(TokenIssueException.class)
        .hasMessageContaining("valid TZ phone number");
  }
}
