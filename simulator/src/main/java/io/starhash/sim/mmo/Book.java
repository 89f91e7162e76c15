package io.starhash.sim.mmo;

import io.starhash.core.mmo.MmoError;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts, balances and completed transactions of the simulated MMO, kept as double entry:
 * every transaction debits exactly what it credits, so the sum of all balances always equals the
 * money issued as opening balances.
 *
 * <p>Thread-safe: one lock, so a check of funds and the move it allows are atomic.
 */
final class Book {

  /** The identifiers of the request a transaction comes from. */
  record Ids(String clientCorrelationId, String serverCorrelationId) {}

  private final String currency;
  private final Clock clock;
  private final Map<Party, Account> accounts = new HashMap<>();
  private final Map<Party, Long> balances = new HashMap<>();
  private final Map<Party, List<MmoTransaction>> statements = new HashMap<>();
  private final Map<String, MmoTransaction> byReference = new LinkedHashMap<>();
  private final Set<String> reversed = new HashSet<>();
  private long issued;
  private long sequence;

  Book(String currency, Clock clock) {
    this.currency = currency;
    this.clock = clock;
  }

  /** Opens an account with money issued for it; false (and nothing issued) if it exists. */
  synchronized boolean open(Party party, String name, Money opening) {
    if (!opening.currency().equals(currency)) {
      throw new IllegalArgumentException("opening balance must be in " + currency);
    }
    if (accounts.containsKey(party)) {
      return false;
    }
    accounts.put(party, new Account(party, name, clock.instant()));
    balances.put(party, opening.minor());
    statements.put(party, new ArrayList<>());
    issued = Math.addExact(issued, opening.minor());
    return true;
  }

  synchronized Optional<Account> account(Party party) {
    return Optional.ofNullable(accounts.get(party));
  }

  synchronized Optional<Money> balance(Party party) {
    return Optional.ofNullable(balances.get(party)).map(m -> new Money(m, currency));
  }

  synchronized Money totalBalance() {
    return new Money(balances.values().stream().mapToLong(Long::longValue).sum(), currency);
  }

  synchronized Money totalIssued() {
    return new Money(issued, currency);
  }

  synchronized Optional<MmoTransaction> transaction(String reference) {
    return Optional.ofNullable(byReference.get(reference));
  }

  /** Every completed transaction, oldest first. */
  synchronized List<MmoTransaction> transactions() {
    return List.copyOf(byReference.values());
  }

  /** Up to {@code limit} transactions of {@code party} after skipping {@code offset}, newest first; empty if no such account. */
  synchronized Optional<List<MmoTransaction>> statement(Party party, int offset, int limit) {
    List<MmoTransaction> all = statements.get(party);
    if (all == null) {
      return Optional.empty();
    }
    List<MmoTransaction> page = new ArrayList<>();
    for (int i = all.size() - 1 - offset; i >= 0 && page.size() < limit; i--) {
      page.add(all.get(i));
    }
    return Optional.of(page);
  }

  /** How many transactions the statement of {@code party} holds. */
  synchronized int statementSize(Party party) {
    return statements.getOrDefault(party, List.of()).size();
  }

  /** Moves the payment's amount if both accounts exist, differ, and the debit side can pay. */
  synchronized Outcome pay(TxIntent.Payment p, Ids ids) {
    if (!accounts.containsKey(p.debit())) {
      return failed(MmapiErrors.unknown("debitParty " + p.debit() + " has no account"));
    }
    if (!accounts.containsKey(p.credit())) {
      return failed(MmapiErrors.unknown("creditParty " + p.credit() + " has no account"));
    }
    if (p.debit().equals(p.credit())) {
      return failed(MmapiErrors.businessRule(MmapiErrors.SAME_PARTIES, "debitParty and creditParty are the same"));
    }
    return move(p.type(), p.amount(), p.debit(), p.credit(), p.description(), null, ids);
  }

  /** Moves the original's whole amount back from its credit side to its debit side, once. */
  synchronized Outcome reverse(TxIntent.Reversal r, Ids ids) {
    MmoTransaction original = byReference.get(r.originalReference());
    if (original == null) {
      return failed(MmapiErrors.unknown("no transaction " + r.originalReference()));
    }
    if (original.type() == TxType.REVERSAL) {
      return failed(MmapiErrors.businessRule(MmapiErrors.INCORRECT_STATE, "a reversal cannot be reversed"));
    }
    if (reversed.contains(original.reference())) {
      return failed(MmapiErrors.businessRule(MmapiErrors.INCORRECT_STATE,
          original.reference() + " is already reversed"));
    }
    if (r.amount() != null && !r.amount().equals(original.amount())) {
      return failed(MmapiErrors.businessRule(MmapiErrors.GENERIC,
          "only whole reversals: the amount must be " + Shapes.amount(original.amount())));
    }
    Outcome outcome = move(TxType.REVERSAL, original.amount(), original.credit(), original.debit(),
        r.description(), original.reference(), ids);
    if (outcome instanceof Outcome.Completed) {
      reversed.add(original.reference());
    }
    return outcome;
  }

  private Outcome move(TxType type, Money amount, Party debit, Party credit, String description,
      String original, Ids ids) {
    long from = balances.get(debit);
    if (from < amount.minor()) {
      return failed(MmapiErrors.businessRule(MmoError.INSUFFICIENT_FUNDS,
          "debitParty " + debit + " cannot pay " + Shapes.amount(amount)));
    }
    String reference = String.format("SIM%08d", ++sequence);
    MmoTransaction tx = new MmoTransaction(reference, type, amount, debit, credit, description, original,
        ids.clientCorrelationId(), ids.serverCorrelationId(), clock.instant());
    balances.put(debit, from - amount.minor());
    balances.merge(credit, amount.minor(), Math::addExact);
    byReference.put(reference, tx);
    statements.get(debit).add(tx);
    statements.get(credit).add(tx);
    return new Outcome.Completed(tx);
  }

  private static Outcome failed(MmoError error) {
    return new Outcome.Failed(error);
  }
}
