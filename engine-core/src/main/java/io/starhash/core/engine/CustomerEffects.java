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

  /** Effects that change money, tokens or accounts: run once across every server instance. */
  static final java.util.Set<String> ONCE = java.util.Set.of(MoneyEffects.SIGNUP_CONFIRM, MoneyEffects.TOKEN_GET,
      MoneyEffects.TOKEN_DELETE, MoneyEffects.CASH_IN, MoneyEffects.CASH_OUT, MoneyEffects.PAY_MERCHANT,
      MoneyEffects.SEND_MONEY, MoneyEffects.PENDING_APPROVE, MoneyEffects.PENDING_REJECT, MoneyEffects.PIN_CHANGE);
  /** How long a duplicate waits for the instance that claimed the call. */
  static final java.time.Duration WAIT_FOR_OTHER = java.time.Duration.ofSeconds(3);
  static final long POLL_MILLIS = 50;

  private final io.starhash.core.effect.EffectLedger ledger;

  CustomerEffects(io.starhash.core.effect.EffectLedger ledger, AccountEffects account, PaymentEffects payments,
      ApprovalEffects approvals) {
    this.ledger = ledger;
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
      (ONCE.contains(call.effect()) ? once(key, handler, call) : handler.apply(call)).whenComplete((r, e) -> {
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

  /**
   * Runs {@code call} only if this instance claims its key in the ledger; otherwise waits for the
   * result of the instance that did (a gateway resent the hop elsewhere), or answers error.
   */
  private CompletionStage<EffectResult> once(String key, Function<EffectCall, CompletionStage<EffectResult>> handler,
      EffectCall call) {
    String id = sha256(key);
    return ledger.claim(id).thenCompose(mine -> {
      if (!mine) {
        log.info("effect {} for {} already claimed elsewhere; waiting for its result", call.effect(),
            call.caller().masked());
        return awaitOther(id, System.nanoTime() + WAIT_FOR_OTHER.toNanos());
      }
      return handler.apply(call).thenCompose(r -> ledger.record(id, r).handle((v, e) -> {
        if (e != null) {
          log.warn("result of effect {} for {} not recorded: {}", call.effect(), call.caller().masked(), e.toString());
        }
        return r;
      }));
    });
  }

  private CompletionStage<EffectResult> awaitOther(String id, long deadline) {
    return ledger.find(id).thenCompose(found -> {
      if (found.isPresent()) {
        return Outcomes.now(found.get());
      }
      if (System.nanoTime() > deadline) {
        return Outcomes.now(Outcomes.error());
      }
      return CompletableFuture.supplyAsync(() -> id,
          CompletableFuture.delayedExecutor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS))
          .thenCompose(i -> awaitOther(i, deadline));
    });
  }

  private static String sha256(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public EffectCatalog catalog() {
    return MoneyEffects.CATALOG;
  }
}
