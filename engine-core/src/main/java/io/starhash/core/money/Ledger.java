package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Double-entry balances, in minor units of one currency, and the recent movements of every
 * account. Every transfer sums to zero, so the sum of all balances is always zero: system and
 * agent accounts may go below zero (they stand for the money outside the demo). Thread-safe.
 */
final class Ledger {

  static final String FEES = "sys:fees";
  static final String ISSUANCE = "sys:issuance";
  /** Movements kept per account. */
  static final int KEEP = 10;

  /** One change of one account's balance. */
  record Movement(long delta, String reference) {}

  /**
   * Moves {@code amount + fee} out of {@code from}, {@code amount} into {@code to} and
   * {@code fee} into {@link #FEES}.
   *
   * @param overdraft whether {@code from} may go below zero
   */
  record Transfer(String reference, String from, String to, long amount, long fee, boolean overdraft) {
    Transfer {
      if (amount <= 0 || fee < 0) {
        throw new IllegalArgumentException("transfer needs a positive amount and a fee >= 0");
      }
      if (from.equals(to)) {
        throw new IllegalArgumentException("transfer to the same account");
      }
    }
  }

  private final Map<String, Long> balances = new HashMap<>();
  private final Map<String, Deque<Movement>> movements = new HashMap<>();

  static String subscriber(Msisdn msisdn) {
    return "sub:" + msisdn.e164();
  }

  static String merchant(String code) {
    return "merchant:" + code;
  }

  static String agent(String name) {
    return "agent:" + name;
  }

  /** Posts {@code t} if {@code from} can pay for it; false (and nothing posted) if it cannot. */
  synchronized boolean transfer(Transfer t) {
    long total = Math.addExact(t.amount(), t.fee());
    if (!t.overdraft() && balance(t.from()) < total) {
      return false;
    }
    post(t.from(), -total, t.reference());
    post(t.to(), t.amount(), t.reference());
    if (t.fee() > 0) {
      post(FEES, t.fee(), t.reference());
    }
    return true;
  }

  synchronized long balance(String account) {
    return balances.getOrDefault(account, 0L);
  }

  /** Up to {@code n} latest movements of {@code account}, newest first. */
  synchronized List<Movement> recent(String account, int n) {
    List<Movement> out = new ArrayList<>();
    Deque<Movement> d = movements.get(account);
    if (d != null) {
      Iterator<Movement> it = d.descendingIterator();
      while (it.hasNext() && out.size() < n) {
        out.add(it.next());
      }
    }
    return out;
  }

  /** The sum of every balance: zero unless money was created or destroyed. */
  synchronized long sum() {
    return balances.values().stream().mapToLong(Long::longValue).sum();
  }

  private void post(String account, long delta, String reference) {
    balances.merge(account, delta, Math::addExact);
    Deque<Movement> d = movements.computeIfAbsent(account, k -> new ArrayDeque<>());
    d.addLast(new Movement(delta, reference));
    while (d.size() > KEEP) {
      d.removeFirst();
    }
  }
}
