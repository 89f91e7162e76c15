package io.starhash.core.money;

import static io.starhash.core.money.MoneyEffects.INSUFFICIENT_FUNDS;
import static io.starhash.core.money.MoneyEffects.UNKNOWN;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.phone.Msisdn;
import java.util.Map;
import java.util.Optional;

/**
 * The effects that start money operations: {@code quote}, {@code cash-in}, {@code cash-out},
 * {@code pay-merchant}, {@code send-money}. Thread-safe.
 */
final class PaymentEffects {

  /** The counterparty of a customer-initiated cash operation until an agent takes it. */
  static final String ANY_AGENT = Ledger.agent("unassigned");

  private final DemoBank bank;

  PaymentEffects(DemoBank bank) {
    this.bank = bank;
  }

  EffectResult quote(EffectCall call) {
    OperationType type = OperationType.fromWire(call.arg("type"))
        .orElseThrow(() -> new InvalidEffectInput("argument 'type' is not an operation type"));
    Money amount = bank.amount(call);
    if (bank.overLimit(amount)) {
      return Outcomes.overLimit(bank.settings().maxTransaction());
    }
    Money fee = bank.fees().feeFor(type, amount);
    return EffectResult.ok(Map.of("fee", fee.format(), "total", amount.plus(fee).format(),
        "currency", amount.currency()));
  }

  EffectResult cashIn(EffectCall call) {
    return waitForAgent(call, OperationType.CASH_IN);
  }

  EffectResult cashOut(EffectCall call) {
    return waitForAgent(call, OperationType.CASH_OUT);
  }

  EffectResult payMerchant(EffectCall call) {
    Money amount = bank.amount(call);
    PinCheck pin = bank.pins().check(call.caller(), call.arg("pin"));
    if (!(pin instanceof PinCheck.Verified)) {
      return Outcomes.pinFailure(pin);
    }
    Optional<DemoMerchant> merchant = bank.merchant(call.arg("merchant"));
    if (merchant.isEmpty()) {
      return EffectResult.of(UNKNOWN);
    }
    if (bank.overLimit(amount)) {
      return Outcomes.overLimit(bank.settings().maxTransaction());
    }
    return moveNow(call.caller(), OperationType.MERCHANT_PAYMENT, amount,
        Ledger.merchant(merchant.get().code()), merchant.get().name());
  }

  /** Sending to oneself is answered {@code unknown}: the outcome set has no {@code self}. */
  EffectResult sendMoney(EffectCall call) {
    Optional<Msisdn> recipient = bank.recipient(call.arg("recipient"));
    if (recipient.isEmpty() || recipient.get().equals(call.caller())) {
      return EffectResult.of(UNKNOWN);
    }
    Money amount = bank.amount(call);
    PinCheck pin = bank.pins().check(call.caller(), call.arg("pin"));
    if (!(pin instanceof PinCheck.Verified)) {
      return Outcomes.pinFailure(pin);
    }
    if (bank.overLimit(amount)) {
      return Outcomes.overLimit(bank.settings().maxTransaction());
    }
    String name = DisplayNames.mask(bank.subscribers().ensure(recipient.get()).fullName());
    return moveNow(call.caller(), OperationType.SEND_MONEY, amount, Ledger.subscriber(recipient.get()), name);
  }

  /** A customer-initiated cash-in or cash-out: checked, then left for an agent to accept. */
  private EffectResult waitForAgent(EffectCall call, OperationType type) {
    Money amount = bank.amount(call);
    PinCheck pin = bank.pins().check(call.caller(), call.arg("pin"));
    if (!(pin instanceof PinCheck.Verified)) {
      return Outcomes.pinFailure(pin);
    }
    if (bank.overLimit(amount)) {
      return Outcomes.overLimit(bank.settings().maxTransaction());
    }
    Money fee = bank.fees().feeFor(type, amount);
    Money balance = bank.balance(call.caller());
    if (!type.creditsCustomer() && amount.plus(fee).isGreaterThan(balance)) {
      return EffectResult.of(INSUFFICIENT_FUNDS);
    }
    Operation op = bank.operations().create(type, ref -> new Operation(ref, type, call.caller(), ANY_AGENT,
        "agent", amount, fee, OperationStatus.PENDING_AGENT, bank.clock().instant()));
    return Outcomes.done(op.reference(), balance);
  }

  /** Records and completes an operation at once: {@code ok}, or {@code insufficient-funds}. */
  private EffectResult moveNow(Msisdn customer, OperationType type, Money amount, String toAccount, String toName) {
    Money fee = bank.fees().feeFor(type, amount);
    Operation op = bank.operations().create(type, ref -> new Operation(ref, type, customer, toAccount, toName,
        amount, fee, OperationStatus.PROCESSING, bank.clock().instant()));
    boolean moved = bank.ledger().transfer(op.transfer());
    bank.operations().transition(op.reference(), OperationStatus.PROCESSING,
        moved ? OperationStatus.COMPLETED : OperationStatus.DECLINED);
    return moved ? Outcomes.done(op.reference(), bank.balance(customer)) : EffectResult.of(INSUFFICIENT_FUNDS);
  }
}
