package io.starhash.core.mmo;

import io.starhash.core.money.Money;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A transaction to post to the MMO.
 *
 * @param clientCorrelationId the idempotency key ({@code X-CorrelationID}); the same key is the
 *     same transaction, however often it is submitted
 * @param description free text for statements; never a PIN or a full token
 */
public record TxRequest(String clientCorrelationId, TxType type, Money amount, Party debit, Party credit,
    String description) {
  private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{8,128}");


  public TxRequest {
    Objects.requireNonNull(clientCorrelationId, "clientCorrelationId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    description = description == null ? "" : description;
    if (!CORRELATION.matcher(clientCorrelationId).matches()) {
      throw new IllegalArgumentException("clientCorrelationId must be 8-128 of [A-Za-z0-9._:-]");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive");
    }
  }
}
