package io.starhash.core.money;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.phone.Msisdn;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory money engine of demo mode: runs every effect of {@link MoneyEffects#CATALOG}
 * with accounts, PINs, tokens and operations held in memory. Every number that calls becomes a
 * subscriber ("Demo Customer", the demo PIN, the opening balance).
 *
 * <p>Thread-safe. Every stage it returns is already complete and completes normally; an
 * unexpected failure is outcome {@code error}. A call whose idempotency key (with its effect
 * and caller) was seen among the last {@link #REMEMBERED_CALLS} calls returns the first result
 * without doing the work again. Counts calls in {@code money.effects}, tagged by effect and
 * outcome.
 *
 * <p>Where the contract leaves room: an argument that is not usable (an amount that is not a
 * positive amount, an unknown quote type) is {@code error}; {@code send-money} to oneself is
 * {@code unknown}; {@code pending.approve} and {@code pending.reject} of a reference that is not
 * the caller's or no longer waits is {@code expired}; {@code pin.stage} needs a right PIN from
 * the caller within the last five minutes (ask the current PIN first), else {@code error}.
 */
public final class InMemoryMoneyEffects implements EffectPort {

  public static final int REMEMBERED_CALLS = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryMoneyEffects.class);

  private final DemoBank bank;
  private final PendingEffects pending;
  private final Map<String, Function<EffectCall, EffectResult>> handlers;
  private final RecentResults recent = new RecentResults(REMEMBERED_CALLS);
  private final MeterRegistry registry;

  /** With a default-cost {@link PinHasher} and no metrics export. */
  public InMemoryMoneyEffects(DemoMoneySettings settings, Clock clock) {
    this(settings, clock, new PinHasher(), new SimpleMeterRegistry());
  }

  public InMemoryMoneyEffects(DemoMoneySettings settings, Clock clock, PinHasher hasher, MeterRegistry registry) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(hasher, "hasher");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.bank = DemoBank.create(settings, clock, hasher);
    this.pending = new PendingEffects(bank);
    this.handlers = handlers(bank, pending);
    for (var spec : MoneyEffects.CATALOG.all()) {
      if (!handlers.containsKey(spec.name())) {
        throw new IllegalStateException("no handler for effect " + spec.name());
      }
    }
  }

  private static Map<String, Function<EffectCall, EffectResult>> handlers(DemoBank bank, PendingEffects pending) {
    TokenEffects tokens = new TokenEffects(bank);
    PaymentEffects payments = new PaymentEffects(bank);
    AccountEffects account = new AccountEffects(bank);
    return Map.ofEntries(
        Map.entry(MoneyEffects.TOKEN_GET, tokens::getToken),
        Map.entry(MoneyEffects.TOKEN_DELETE, tokens::deleteToken),
        Map.entry(MoneyEffects.RECIPIENT_FIND, tokens::findRecipient),
        Map.entry(MoneyEffects.MERCHANT_FIND, tokens::findMerchant),
        Map.entry(MoneyEffects.QUOTE, payments::quote),
        Map.entry(MoneyEffects.CASH_IN, payments::cashIn),
        Map.entry(MoneyEffects.CASH_OUT, payments::cashOut),
        Map.entry(MoneyEffects.PAY_MERCHANT, payments::payMerchant),
        Map.entry(MoneyEffects.SEND_MONEY, payments::sendMoney),
        Map.entry(MoneyEffects.PENDING_NEXT, pending::next),
        Map.entry(MoneyEffects.PENDING_APPROVE, pending::approve),
        Map.entry(MoneyEffects.PENDING_REJECT, pending::reject),
        Map.entry(MoneyEffects.BALANCE, account::balance),
        Map.entry(MoneyEffects.STATEMENT, account::statement),
        Map.entry(MoneyEffects.PIN_VERIFY, account::verifyPin),
        Map.entry(MoneyEffects.PIN_STAGE, account::stagePin),
        Map.entry(MoneyEffects.PIN_CHANGE, account::changePin));
  }

  @Override
  public CompletionStage<EffectResult> run(EffectCall call) {
    String key = call.effect() + '\u0000' + call.caller().e164() + '\u0000' + call.idempotencyKey();
    return recent.getOrRun(key, () -> runOnce(call)).minimalCompletionStage();
  }

  @Override
  public EffectCatalog catalog() {
    return MoneyEffects.CATALOG;
  }

  /**
   * Starts an operation that {@code customer} approves with their PIN ({@code pending.next},
   * {@code pending.approve}), as an agent or merchant would; the customer becomes a subscriber
   * if new. For a merchant payment, {@code agentName} is the merchant's trading name.
   *
   * @param type {@code cash-in}, {@code cash-out} or {@code merchant-payment}
   * @return the operation's reference
   * @throws IllegalArgumentException for another type, a blank name, or an amount that is not
   *     positive, not in the engine's currency, or over the single-transaction limit
   */
  public String requestFromAgent(Msisdn customer, String type, Money amount, String agentName) {
    return pending.request(customer, type, amount, agentName).reference();
  }

  /**
   * Opens a subscriber with a name (instead of "Demo Customer"), the demo PIN and the opening
   * balance.
   *
   * @return false if {@code msisdn} was already a subscriber (its name is kept)
   */
  public boolean seedSubscriber(Msisdn msisdn, String fullName) {
    return bank.subscribers().seed(msisdn, fullName);
  }

  /** The parts, for tests in this package. */
  DemoBank bank() {
    return bank;
  }

  private EffectResult runOnce(EffectCall call) {
    EffectResult result;
    try {
      Function<EffectCall, EffectResult> handler = handlers.get(call.effect());
      if (handler == null) {
        LOG.warn("key={} unknown effect {} for {}", call.idempotencyKey(), call.effect(), call.caller().masked());
        result = EffectResult.of(EffectResult.ERROR);
      } else {
        bank.subscribers().ensure(call.caller());
        result = handler.apply(call);
      }
    } catch (InvalidEffectInput e) {
      LOG.warn("key={} effect {} for {}: {}", call.idempotencyKey(), call.effect(), call.caller().masked(),
          e.getMessage());
      result = EffectResult.of(EffectResult.ERROR);
    } catch (RuntimeException e) {
      LOG.error("key={} effect {} for {} failed", call.idempotencyKey(), call.effect(), call.caller().masked(), e);
      result = EffectResult.of(EffectResult.ERROR);
    }
    registry.counter("money.effects", "effect", handlers.containsKey(call.effect()) ? call.effect() : "unknown",
        "outcome", result.outcome()).increment();
    return result;
  }
}
