package io.starhash.core.operation;

import static io.starhash.core.operation.OperationStatus.CANCELLED;
import static io.starhash.core.operation.OperationStatus.COMPLETED;
import static io.starhash.core.operation.OperationStatus.EXPIRED;
import static io.starhash.core.operation.OperationStatus.FAILED;
import static io.starhash.core.operation.OperationStatus.PENDING_AGENT;
import static io.starhash.core.operation.OperationStatus.PENDING_CUSTOMER;
import static io.starhash.core.operation.OperationStatus.PROCESSING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed status moves; every move not listed is illegal.
 *
 * <pre>
 * PENDING_AGENT    -> PROCESSING (the agent or merchant accepts) | REJECTED (they refuse)
 *                   | CANCELLED (the customer withdraws it) | EXPIRED | FAILED (refused by a limit on acceptance)
 * PENDING_CUSTOMER -> PROCESSING (the customer approves with PIN) | REJECTED (the customer refuses)
 *                   | CANCELLED (the agent or merchant withdraws it) | EXPIRED | FAILED (refused by a limit on approval)
 * PROCESSING       -> COMPLETED | FAILED (the MMO's answer)
 * COMPLETED, REJECTED, CANCELLED, EXPIRED, FAILED: final
 * </pre>
 */
final class TransitionTable {

  private static final Map<OperationStatus, Set<OperationStatus>> NEXT = build();

  private TransitionTable() {}

  private static Map<OperationStatus, Set<OperationStatus>> build() {
    Map<OperationStatus, Set<OperationStatus>> m = new EnumMap<>(OperationStatus.class);
    for (OperationStatus s : OperationStatus.values()) {
      m.put(s, Collections.unmodifiableSet(EnumSet.noneOf(OperationStatus.class)));
    }
    Set<OperationStatus> fromPending = EnumSet.of(PROCESSING, OperationStatus.REJECTED, CANCELLED, EXPIRED, FAILED);
    m.put(PENDING_AGENT, Collections.unmodifiableSet(fromPending));
    m.put(PENDING_CUSTOMER, Collections.unmodifiableSet(EnumSet.copyOf(fromPending)));
    m.put(PROCESSING, Collections.unmodifiableSet(EnumSet.of(COMPLETED, FAILED)));
    return Collections.unmodifiableMap(m);
  }

  static Set<OperationStatus> next(OperationStatus from) {
    return NEXT.get(from);
  }
}
