package io.starhash.core.money;

import static io.starhash.core.money.MoneyEffects.EXPIRED;
import static io.starhash.core.money.MoneyEffects.INSUFFICIENT_FUNDS;
import static io.starhash.core.money.MoneyEffects.NONE;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Operations that an agent or merchant started and that wait for the customer's PIN:
 * creating them ({@link #request}), and the effects {@code pending.next},
 * {@code pending.approve}, {@code pending.reject}. Thread-safe.
 */
final class PendingEffects {

  static final int TEXT_LEN = 60;
  private static final int MAX_COUNT = 999;

  private final DemoBank bank;

  PendingEffects(DemoBank bank) {
    this.bank = bank;
  }

  /**
   * Creates an operation for {@code customer} to approve.
   *
   * @throws IllegalArgumentException for a type other than cash-in, cash-out and
   *     merchant-payment, an amount that is not positive, in another currency or over the limit,
   *     or a blank name
   */
  Operation request(Msisdn customer, String type, Money amount, String agentName) {
    Objects.requireNonNull(customer, "customer");
    OperationType t = OperationType.fromWire(type).filter(x -> x != OperationType.SEND_MONEY)
        .orElseThrow(() -> new IllegalArgumentException("not an operation an agent can start: " + type));
    if (!amount.isPositive() || !amount.currency().equals(bank.settings().currency()) || bank.overLimit(amount)) {
      throw new IllegalArgumentException("amount must be positive, in " + bank.settings().currency()
          + " and at most " + bank.settings().maxTransaction());
    }
    if (agentName == null || agentName.isBlank()) {
      throw new IllegalArgumentException("agent name is blank");
    }
    String name = agentName.strip();
    String account = t == OperationType.MERCHANT_PAYMENT
        ? bank.merchantNamed(name).map(m -> Ledger.merchant(m.code())).orElse(Ledger.agent(name))
        : Ledger.agent(name);
    bank.subscribers().ensure(customer);
    Money fee = bank.fees().feeFor(t, amount);
    return bank.operations().create(t, ref -> new Operation(ref, t, customer, account, name, amount, fee,
        OperationStatus.PENDING_CUSTOMER, bank.clock().instant()));
  }

  EffectResult next(EffectCall call) {
    List<Operation> waiting = bank.operations()
        .awaitingCustomer(call.caller(), bank.settings().approvalTimeout(), bank.clock().instant());
    if (waiting.isEmpty()) {
      return EffectResult.of(NONE);
    }
    Operation op = waiting.get(0);
    return EffectResult.ok(Map.of("pendingRef", op.reference(), "pendingText", describe(op),
        "pendingCount", Integer.toString(Math.min(MAX_COUNT, waiting.size()))));
  }

  EffectResult approve(EffectCall call) {
    Optional<Operation> found = awaiting(call);
    if (found.isEmpty()) {
      return EffectResult.of(EXPIRED);
    }
    PinCheck pin = bank.pins().check(call.caller(), call.arg("pin"));
    if (!(pin instanceof PinCheck.Verified)) {
      return Outcomes.pinFailure(pin);
    }
    Operation op = found.get();
    if (expireIfLate(op) || !bank.operations()
        .transition(op.reference(), OperationStatus.PENDING_CUSTOMER, OperationStatus.PROCESSING)) {
      return EffectResult.of(EXPIRED);
    }
    boolean moved = bank.ledger().transfer(op.transfer());
    bank.operations().transition(op.reference(), OperationStatus.PROCESSING,
        moved ? OperationStatus.COMPLETED : OperationStatus.DECLINED);
    return moved ? Outcomes.done(op.reference(), bank.balance(call.caller())) : EffectResult.of(INSUFFICIENT_FUNDS);
  }

  EffectResult reject(EffectCall call) {
    Optional<Operation> found = awaiting(call);
    if (found.isEmpty() || !bank.operations()
        .transition(found.get().reference(), OperationStatus.PENDING_CUSTOMER, OperationStatus.REJECTED)) {
      return EffectResult.of(EXPIRED);
    }
    return EffectResult.ok(Map.of());
  }

  /** The caller's operation named by {@code reference}, if it still waits for them (anything else reads as expired). */
  private Optional<Operation> awaiting(EffectCall call) {
    Optional<Operation> op = bank.operations().find(call.arg("reference").strip())
        .filter(o -> o.customer().equals(call.caller()) && o.status() == OperationStatus.PENDING_CUSTOMER);
    return op.isPresent() && expireIfLate(op.get()) ? Optional.empty() : op;
  }

  private boolean expireIfLate(Operation op) {
    Instant now = bank.clock().instant();
    if (!op.isOlderThan(bank.settings().approvalTimeout(), now)) {
      return false;
    }
    bank.operations().transition(op.reference(), OperationStatus.PENDING_CUSTOMER, OperationStatus.EXPIRED);
    return true;
  }

  /** {@code Cash-out 100.00 TZS, fee 1.00, agent Demo Agent}, cut to {@value #TEXT_LEN} characters. */
  static String describe(Operation op) {
    String money = op.type().label() + " " + op.amount().format() + " " + op.amount().currency();
    String fee = op.fee().isPositive() ? ", fee " + op.fee().format() : "";
    String text = op.type() == OperationType.MERCHANT_PAYMENT
        ? money + fee + " to " + op.counterpartyName()
        : money + fee + ", agent " + op.counterpartyName();
    return text.length() <= TEXT_LEN ? text : text.substring(0, TEXT_LEN);
  }
}
