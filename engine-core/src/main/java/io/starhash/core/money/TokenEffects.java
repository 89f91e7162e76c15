package io.starhash.core.money;

import static io.starhash.core.money.MoneyEffects.NO_TOKEN;
import static io.starhash.core.money.MoneyEffects.SELF;
import static io.starhash.core.money.MoneyEffects.UNKNOWN;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.phone.Msisdn;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens and look-ups of the other party: {@code token.get}, {@code token.delete},
 * {@code recipient.find}, {@code merchant.find}. Never returns a phone number. Thread-safe.
 */
final class TokenEffects {

  private final DemoBank bank;

  TokenEffects(DemoBank bank) {
    this.bank = bank;
  }

  EffectResult getToken(EffectCall call) {
    return EffectResult.ok(Map.of("token", Tokens.grouped(bank.tokens().issue(call.caller()))));
  }

  EffectResult deleteToken(EffectCall call) {
    return bank.tokens().revoke(call.caller()) ? EffectResult.ok(Map.of()) : EffectResult.of(NO_TOKEN);
  }

  EffectResult findRecipient(EffectCall call) {
    Optional<Msisdn> recipient = bank.recipient(call.arg("recipient"));
    if (recipient.isEmpty()) {
      return EffectResult.of(UNKNOWN);
    }
    if (recipient.get().equals(call.caller())) {
      return EffectResult.of(SELF);
    }
    String name = bank.subscribers().ensure(recipient.get()).fullName();
    return EffectResult.ok(Map.of("recipientName", DisplayNames.mask(name)));
  }

  /** Merchants are shown by their trading name, unmasked, cut to the name length of the contract. */
  EffectResult findMerchant(EffectCall call) {
    return bank.merchant(call.arg("merchant"))
        .map(m -> EffectResult.ok(Map.of("merchantName", cut(m.name(), MoneyEffects.NAME_LEN))))
        .orElseGet(() -> EffectResult.of(UNKNOWN));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
