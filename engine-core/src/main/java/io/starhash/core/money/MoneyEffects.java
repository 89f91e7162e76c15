package io.starhash.core.money;

import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effects of the built-in {@code *165#} flow: the contract between flows and the money
 * engine. The in-memory engine ({@link InMemoryMoneyEffects}) and the real engine implement the
 * same names, arguments and outcomes, so swapping them changes no flow.
 *
 * <p>PIN handling: a PIN is an argument of the effect that needs it, within the hop in which it
 * was typed, and nowhere else. Changing a PIN takes three hops, so the engine keeps the
 * half-done change ({@link #PIN_STAGE}) itself, hashed, rather than the session.
 */
public final class MoneyEffects {

  public static final String SUBSCRIBER_STATUS = "subscriber.status";
  public static final String SIGNUP_STAGE = "signup.stage";
  public static final String SIGNUP_CONFIRM = "signup.confirm";
  public static final String TOKEN_GET = "token.get";
  public static final String TOKEN_DELETE = "token.delete";
  public static final String QUOTE = "quote";
  public static final String MERCHANT_FIND = "merchant.find";
  public static final String RECIPIENT_FIND = "recipient.find";
  public static final String CASH_IN = "cash-in";
  public static final String CASH_OUT = "cash-out";
  public static final String PAY_MERCHANT = "pay-merchant";
  public static final String SEND_MONEY = "send-money";
  public static final String PENDING_NEXT = "pending.next";
  public static final String PENDING_APPROVE = "pending.approve";
  public static final String PENDING_REJECT = "pending.reject";
  public static final String BALANCE = "balance";
  public static final String STATEMENT = "statement";
  public static final String PIN_VERIFY = "pin.verify";
  public static final String PIN_STAGE = "pin.stage";
  public static final String PIN_CHANGE = "pin.change";

  // Outcomes shared by several effects.
  public static final String OK = "ok";
  public static final String ERROR = "error";
  public static final String WRONG_PIN = "wrong-pin";
  public static final String LOCKED = "locked";
  public static final String OVER_LIMIT = "over-limit";
  public static final String INSUFFICIENT_FUNDS = "insufficient-funds";
  public static final String UNKNOWN = "unknown";
  public static final String NONE = "none";
  public static final String EXPIRED = "expired";
  public static final String NO_TOKEN = "no-token";
  public static final String SELF = "self";
  public static final String WEAK = "weak";
  public static final String MISMATCH = "mismatch";
  public static final String REGISTERED = "registered";
  public static final String UNREGISTERED = "unregistered";
  public static final String BLOCKED = "blocked";
  public static final String INVALID_NAME = "invalid-name";
  /** Accepted by the MMO but not final within the wait: the result follows by SMS. */
  public static final String PENDING = "pending";
  /** The MMO could not be reached; nothing was accepted. */
  public static final String UNAVAILABLE = "unavailable";

  /** Longest rendering of an amount such as {@code 1,000,000.00}. */
  static final int AMOUNT_LEN = 16;
  static final int NAME_LEN = 24;
  static final int REF_LEN = 12;

  private static final Map<String, Integer> PIN_FAILURE = Map.of("attemptsLeft", 1, "lockedMinutes", 4);
  private static final Map<String, Integer> MONEY_OUT = merge(PIN_FAILURE,
      Map.of("reference", REF_LEN, "balance", AMOUNT_LEN, "limit", AMOUNT_LEN));

  public static final EffectCatalog CATALOG = new EffectCatalog(List.of(
      spec(SUBSCRIBER_STATUS, Set.of(), Set.of(REGISTERED, UNREGISTERED, BLOCKED, ERROR),
          Map.of("displayName", NAME_LEN)),
      spec(SIGNUP_STAGE, Set.of("name", "pin"), Set.of(OK, WEAK, INVALID_NAME, ERROR), Map.of()),
      spec(SIGNUP_CONFIRM, Set.of("confirmPin"), Set.of(OK, MISMATCH, EXPIRED, ERROR),
          Map.of("displayName", NAME_LEN)),
      spec(TOKEN_GET, Set.of(), Set.of(OK, ERROR), Map.of("token", 11)),
      spec(TOKEN_DELETE, Set.of(), Set.of(OK, NO_TOKEN, ERROR), Map.of()),
      spec(QUOTE, Set.of("type", "amount"), Set.of(OK, OVER_LIMIT, ERROR),
          Map.of("fee", AMOUNT_LEN, "total", AMOUNT_LEN, "currency", 3, "limit", AMOUNT_LEN)),
      spec(MERCHANT_FIND, Set.of("merchant"), Set.of(OK, UNKNOWN, ERROR), Map.of("merchantName", NAME_LEN)),
      spec(RECIPIENT_FIND, Set.of("recipient"), Set.of(OK, UNKNOWN, SELF, ERROR),
          Map.of("recipientName", NAME_LEN)),
      spec(CASH_IN, Set.of("amount", "pin"), Set.of(OK, WRONG_PIN, LOCKED, OVER_LIMIT, ERROR), MONEY_OUT),
      spec(CASH_OUT, Set.of("amount", "pin"),
          Set.of(OK, WRONG_PIN, LOCKED, OVER_LIMIT, INSUFFICIENT_FUNDS, UNAVAILABLE, ERROR), MONEY_OUT),
      spec(PAY_MERCHANT, Set.of("merchant", "amount", "pin"),
          Set.of(OK, WRONG_PIN, LOCKED, OVER_LIMIT, INSUFFICIENT_FUNDS, UNKNOWN, UNAVAILABLE, ERROR), MONEY_OUT),
      spec(SEND_MONEY, Set.of("recipient", "amount", "pin"),
          Set.of(OK, PENDING, WRONG_PIN, LOCKED, OVER_LIMIT, INSUFFICIENT_FUNDS, UNKNOWN, UNAVAILABLE, ERROR),
          MONEY_OUT),
      spec(PENDING_NEXT, Set.of(), Set.of(OK, NONE, ERROR),
          Map.of("pendingRef", REF_LEN, "pendingText", 60, "pendingCount", 3)),
      spec(PENDING_APPROVE, Set.of("reference", "pin"),
          Set.of(OK, PENDING, WRONG_PIN, LOCKED, EXPIRED, OVER_LIMIT, INSUFFICIENT_FUNDS, UNAVAILABLE, ERROR),
          MONEY_OUT),
      spec(PENDING_REJECT, Set.of("reference"), Set.of(OK, EXPIRED, ERROR), Map.of()),
      spec(BALANCE, Set.of("pin"), Set.of(OK, WRONG_PIN, LOCKED, UNAVAILABLE, ERROR),
          merge(PIN_FAILURE, Map.of("balance", AMOUNT_LEN, "currency", 3))),
      spec(STATEMENT, Set.of("pin"), Set.of(OK, WRONG_PIN, LOCKED, UNAVAILABLE, ERROR),
          merge(PIN_FAILURE, Map.of("statement", 120))),
      spec(PIN_VERIFY, Set.of("pin"), Set.of(OK, WRONG_PIN, LOCKED, ERROR), PIN_FAILURE),
      spec(PIN_STAGE, Set.of("newPin"), Set.of(OK, WEAK, ERROR), Map.of()),
      spec(PIN_CHANGE, Set.of("confirmPin"), Set.of(OK, MISMATCH, EXPIRED, ERROR), Map.of())));

  private MoneyEffects() {}

  private static EffectSpec spec(String name, Set<String> args, Set<String> outcomes, Map<String, Integer> out) {
    return new EffectSpec(name, args, outcomes, out);
  }

  private static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> m = new java.util.HashMap<>(a);
    m.putAll(b);
    return Map.copyOf(m);
  }
}
