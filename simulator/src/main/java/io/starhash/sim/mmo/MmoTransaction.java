package io.starhash.sim.mmo;

import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A completed transaction of the simulated MMO: {@code amount} left {@code debit} and reached
 * {@code credit}.
 *
 * @param originalReference the reversed transaction, for a {@link TxType#REVERSAL}; null otherwise
 * @param description the request's {@code descriptionText}, or empty
 */
public record MmoTransaction(String reference, TxType type, Money amount, Party debit, Party credit,
    String description, String originalReference, String clientCorrelationId, String serverCorrelationId,
    Instant completedAt) {

  public MmoTransaction {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(clientCorrelationId, "clientCorrelationId");
    Objects.requireNonNull(serverCorrelationId, "serverCorrelationId");
    Objects.requireNonNull(completedAt, "completedAt");
    description = description == null ? "" : description;
    if ((type == TxType.REVERSAL) != (originalReference != null)) {
      throw new IllegalArgumentException("exactly the reversals name an original transaction");
    }
  }
}
