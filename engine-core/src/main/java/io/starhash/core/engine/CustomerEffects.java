package io.starhash.core.engine;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.MoneyEffects;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The effects of the built-in flows ({@link MoneyEffects#CATALOG}) run by the real engine.
 * The same idempotency key runs once: a hop retried after a lost compare-and-set gets the first
 * result, and no money moves twice. An unexpected failure becomes the outcome {@code error}.
 *
 * <p>Thread-safe.
 */
final class CustomerEffects implements EffectPort {

  private static final Logger log = LoggerFactory.getLogger(CustomerEffects.class);
  static final int REMEMBERED = 10_000;

  private final Map<String, Function<EffectCall, CompletionStage<EffectResult>>> handlers = new HashMap<>();
  private final Map<String, CompletableFuture<EffectResult>> recent = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<EffectResult>> eldest) {
      return size() > REMEMBERED;
    }
  };

  CustomerEffects(AccountEffects account, PaymentEffects payments, ApprovalEffects approvals) {
    handlers.put(MoneyEffects.SUBSCRIBER_STATUS, account::status);
    handlers.put(MoneyEffects.SIGNUP_STAGE, account::stageSignUp);
    handlers.put(MoneyEffects.SIGNUP_CONFIRM, account::confirmSignUp);
    handlers.put(MoneyEffects.TOKEN_GET, account::getToken);
    handlers.put(MoneyEffects.TOKEN_DELETE, account::deleteToken);
    handlers.put(MoneyEffects.PIN_VERIFY, account::verifyPin);
    handlers.put(MoneyEffects.PIN_STAGE, account::stagePin);
    handlers.put(MoneyEffects.PIN_CHANGE, account::changePin);
    handlers.put(MoneyEffects.BALANCE, account::balance);
    handlers.put(MoneyEffects.STATEMENT, account::statement);
    handlers.put(MoneyEffects.QUOTE, payments::quote);
    handlers.put(MoneyEffects.MERCHANT_FIND, payments::findMerchant);
    handlers.put(MoneyEffects.RECIPIENT_FIND, payments::findRecipient);
    handlers.put(MoneyEffects.CASH_IN, payments::cashIn);
    handlers.put(MoneyEffects.CASH_OUT, payments::cashOut);
    handlers.put(MoneyEffects.PAY_MERCHANT, payments::payMerchant);
    handlers.put(MoneyEffects.SEND_MONEY, payments::sendMoney);
    handlers.put(MoneyEffects.PENDING_NEXT, approvals::next);
    handlers.put(MoneyEffects.PENDING_APPROVE, approvals::approve);
    handlers.put(MoneyEffects.PENDING_REJECT, approvals::reject);
    for (var spec : MoneyEffects.CATALOG.all()) {
      if (!handlers.containsKey(spec.name())) {
        throw new IllegalStateException("no handler for effect " + spec.name());
      }
    }
  }

  @Override
  public CompletionStage<EffectResult> run(EffectCall call) {
    Function<EffectCall, CompletionStage<EffectResult>> handler = handlers.get(call.effect());
    if (handler == null) {
      log.warn("unknown effect {} called by {}", call.effect(), call.caller().masked());
      return Outcomes.now(Outcomes.error());
    }
    String key = call.effect() + "|" + call.caller().e164() + "|" + call.idempotencyKey();
    CompletableFuture<EffectResult> mine = new CompletableFuture<>();
    CompletableFuture<EffectResult> first;
    synchronized (recent) {
      first = recent.putIfAbsent(key, mine);
    }
    if (first != null) {
      return first;
    }
    try {
      handler.apply(call).whenComplete((r, e) -> {
        if (e != null) {
          log.warn("effect {} for {} failed: {}", call.effect(), call.caller().masked(), e.toString());
          mine.complete(Outcomes.error());
        } else {
          mine.complete(r);
        }
      });
    } catch (RuntimeException e) {
      log.warn("effect {} for {} failed: {}", call.effect(), call.caller().masked(), e.toString());
      mine.complete(Outcomes.error());
    }
    return mine;
  }

  @Override
  public EffectCatalog catalog() {
    return MoneyEffects.CATALOG;
  }
}
