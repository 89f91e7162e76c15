package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Money operations by reference, with status changes as compare-and-set. Keeps the latest
 * {@link #KEEP} operations (demo mode); older ones are forgotten. Thread-safe.
 */
final class Operations {

  static final int KEEP = 100_000;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int REF_CHARS = 8;

  private final Map<String, Operation> byReference = new LinkedHashMap<>();
  /** References waiting for each customer's PIN, in creation order. */
  private final Map<Msisdn, Set<String>> awaiting = new HashMap<>();
  private final SecureRandom random;

  Operations(SecureRandom random) {
    this.random = random;
  }

  /** Adds the operation that {@code build} makes from a fresh, unique reference of {@code type}. */
  synchronized Operation create(OperationType type, Function<String, Operation> build) {
    String ref;
    do {
      StringBuilder sb = new StringBuilder(type.prefix());
      for (int i = 0; i < REF_CHARS; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      ref = sb.toString();
    } while (byReference.containsKey(ref));
    Operation op = build.apply(ref);
    if (!op.reference().equals(ref) || op.type() != type) {
      throw new IllegalStateException("operation built with another reference or type");
    }
    byReference.put(ref, op);
    if (op.status() == OperationStatus.PENDING_CUSTOMER) {
      awaiting.computeIfAbsent(op.customer(), k -> new LinkedHashSet<>()).add(ref);
    }
    evictOldest();
    return op;
  }

  synchronized Optional<Operation> find(String reference) {
    return Optional.ofNullable(byReference.get(reference));
  }

  /** Moves {@code reference} from status {@code from} to {@code to}; false if it was not in {@code from}. */
  synchronized boolean transition(String reference, OperationStatus from, OperationStatus to) {
    Operation op = byReference.get(reference);
    if (op == null || op.status() != from) {
      return false;
    }
    byReference.put(reference, op.withStatus(to));
    if (from == OperationStatus.PENDING_CUSTOMER) {
      forgetAwaiting(op);
    }
    return true;
  }

  /**
   * The operations waiting for {@code customer}'s PIN, oldest first; those older than
   * {@code timeout} are marked expired on the way.
   */
  synchronized List<Operation> awaitingCustomer(Msisdn customer, Duration timeout, Instant now) {
    List<Operation> out = new ArrayList<>();
    for (String ref : List.copyOf(awaiting.getOrDefault(customer, Set.of()))) {
      Operation op = byReference.get(ref);
      if (op.isOlderThan(timeout, now)) {
        transition(ref, OperationStatus.PENDING_CUSTOMER, OperationStatus.EXPIRED);
      } else {
        out.add(op);
      }
    }
    return out;
  }

  synchronized List<Operation> all() {
    return List.copyOf(byReference.values());
  }

  private void evictOldest() {
    Iterator<Operation> it = byReference.values().iterator();
    while (byReference.size() > KEEP && it.hasNext()) {
      Operation op = it.next();
      it.remove();
      forgetAwaiting(op);
    }
  }

  private void forgetAwaiting(Operation op) {
    Set<String> refs = awaiting.get(op.customer());
    if (refs != null && refs.remove(op.reference()) && refs.isEmpty()) {
      awaiting.remove(op.customer());
    }
  }
}
