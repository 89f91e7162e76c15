package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.effect.EffectResult;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenEffectsTest {

  private final MoneyFixture f = new MoneyFixture();

  private String token(Msisdn who) {
    return f.ok(MoneyEffects.TOKEN_GET, who, Map.of()).vars().get("token");
  }

  private EffectResult find(Msisdn caller, String recipient) {
    return f.run(MoneyEffects.RECIPIENT_FIND, caller, Map.of("recipient", recipient));
  }

  @Test
  void tokensAreGroupedCheckedNeverLeadingZeroNorAPhoneNumber() {
    PhoneNumbers tz = new PhoneNumbers("TZ");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      String shown = token(new Msisdn("+2557120" + String.format("%05d", i)));
      assertThat(shown).matches("[1-9][0-9]{3} [0-9]{4} [0-9]");
      String digits = shown.replace(" ", "");
      assertThat(Damm.isValid(digits)).isTrue();
      assertThat(tz.parseTyped(digits)).isEmpty();
      assertThat(tz.parseTyped(shown)).isEmpty();
      assertThat(seen.add(digits)).as("unique").isTrue();
    }
  }

  @Test
  void getRotatesAndTheOldTokenStopsWorking() {
    String first = token(ALICE);
    assertThat(find(BOB, first)).isEqualTo(EffectResult.ok(Map.of("recipientName", "D*** C***")));
    String second = token(ALICE);
    assertThat(second).isNotEqualTo(first);
    assertThat(find(BOB, first).outcome()).isEqualTo("unknown");
    assertThat(find(BOB, second.replace(" ", "")).outcome()).isEqualTo("ok");
  }

  @Test
  void deleteRevokesThenSaysNoToken() {
    String t = token(ALICE);
    assertThat(f.run(MoneyEffects.TOKEN_DELETE, ALICE, Map.of()).outcome()).isEqualTo("ok");
    assertThat(f.run(MoneyEffects.TOKEN_DELETE, ALICE, Map.of()).outcome()).isEqualTo("no-token");
    assertThat(find(BOB, t).outcome()).isEqualTo("unknown");
    assertThat(find(BOB, ALICE.e164()).outcome()).as("the phone number still works").isEqualTo("ok");
  }

  @Test
  void recipientByPhoneInAnyShapeShowsTheMaskedNameOnly() {
    f.effects.seedSubscriber(BOB, "John Doe");
    for (String typed : new String[] {"0754000002", "+255754000002", "255754000002", "0754 000 002"}) {
      EffectResult r = find(ALICE, typed);
      assertThat(r).as(typed).isEqualTo(EffectResult.ok(Map.of("recipientName", "J*** D***")));
    }
  }

  @Test
  void recipientThatIsTheCallerIsSelf() {
    String t = token(ALICE);
    assertThat(find(ALICE, "0712000001").outcome()).isEqualTo("self");
    assertThat(find(ALICE, t).outcome()).isEqualTo("self");
  }

  @Test
  void unknownRecipients() {
    for (String typed : new String[] {"", "abc", "12", "0999999999", "1234 5678 9", "123456789012345678901234567890123"}) {
      assertThat(find(ALICE, typed).outcome()).as(typed).isEqualTo("unknown");
    }
  }

  @Test
  void merchantsShowTheirTradingName() {
    assertThat(f.run(MoneyEffects.MERCHANT_FIND, ALICE, Map.of("merchant", "4321")))
        .isEqualTo(EffectResult.ok(Map.of("merchantName", "Demo Shop")));
    assertThat(f.run(MoneyEffects.MERCHANT_FIND, ALICE, Map.of("merchant", "9999")).outcome()).isEqualTo("unknown");
    assertThat(f.run(MoneyEffects.MERCHANT_FIND, ALICE, Map.of()).outcome()).isEqualTo("unknown");
  }
}
