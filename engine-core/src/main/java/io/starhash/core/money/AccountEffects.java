package io.starhash.core.money;

import static io.starhash.core.money.MoneyEffects.EXPIRED;
import static io.starhash.core.money.MoneyEffects.MISMATCH;
import static io.starhash.core.money.MoneyEffects.WEAK;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The "My account" effects: {@code balance}, {@code statement}, {@code pin.verify},
 * {@code pin.stage}, {@code pin.change}. Thread-safe.
 */
final class AccountEffects {

  static final int STATEMENT_ENTRIES = 3;
  static final String NO_MOVEMENTS = "No transactions yet";

  private final DemoBank bank;

  AccountEffects(DemoBank bank) {
    this.bank = bank;
  }

  EffectResult balance(EffectCall call) {
    return withPin(call, () -> {
      Money balance = bank.balance(call.caller());
      return EffectResult.ok(Map.of("balance", balance.format(), "currency", balance.currency()));
    });
  }

  /** The last movements, newest first: {@code -20.00 SM7KQ2M4PX; +100.00 CI1234ABCD}. */
  EffectResult statement(EffectCall call) {
    return withPin(call, () -> {
      List<Ledger.Movement> recent = bank.ledger().recent(Ledger.subscriber(call.caller()), STATEMENT_ENTRIES);
      String text = recent.isEmpty() ? NO_MOVEMENTS : recent.stream()
          .map(m -> (m.delta() >= 0 ? "+" : "") + Money.formatMinor(m.delta()) + " " + m.reference())
          .collect(Collectors.joining("; "));
      return EffectResult.ok(Map.of("statement", text));
    });
  }

  EffectResult verifyPin(EffectCall call) {
    return withPin(call, () -> EffectResult.ok(Map.of()));
  }

  /**
   * Keeps the new PIN, hashed, until {@code pin.change} confirms it. Needs a right PIN from the
   * caller within the last five minutes (the flow asks the current PIN first): without one the
   * answer is {@code error}.
   */
  EffectResult stagePin(EffectCall call) {
    return switch (bank.pinChanges().stage(call.caller(), call.arg("newPin"))) {
      case OK -> EffectResult.ok(Map.of());
      case WEAK -> EffectResult.of(WEAK);
      case NOT_VERIFIED -> throw new InvalidEffectInput("pin.stage without a recent right PIN");
    };
  }

  EffectResult changePin(EffectCall call) {
    return switch (bank.pinChanges().confirm(call.caller(), call.arg("confirmPin"))) {
      case OK -> EffectResult.ok(Map.of());
      case MISMATCH -> EffectResult.of(MISMATCH);
      case EXPIRED -> EffectResult.of(EXPIRED);
    };
  }

  private EffectResult withPin(EffectCall call, Supplier<EffectResult> then) {
    PinCheck pin = bank.pins().check(call.caller(), call.arg("pin"));
    return pin instanceof PinCheck.Verified ? then.get() : Outcomes.pinFailure(pin);
  }
}
