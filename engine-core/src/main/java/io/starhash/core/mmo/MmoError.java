package io.starhash.core.mmo;

import java.util.Objects;

/**
 * The MMAPI error object: {@code errorCategory} ({@code businessRule}, {@code validation},
 * {@code authorisation}, {@code identification}, {@code internal}, {@code serviceUnavailable}),
 * {@code errorCode} (e.g. {@code insufficientFunds}) and a description.
 */
public record MmoError(String category, String code, String description) {

  public static final String INSUFFICIENT_FUNDS = "insufficientFunds";
  public static final String OVER_MAX = "greaterThanTransactionMaxValue";

  public static final String BUSINESS_RULE = "businessRule";
  public static final String VALIDATION = "validation";
  public static final String INTERNAL = "internal";
  public static final String SERVICE_UNAVAILABLE = "serviceUnavailable";

  public MmoError {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(code, "code");
    description = description == null ? "" : description;
  }

  /** The error the gateway records when the MMO could not be reached and nothing was accepted. */
  public static MmoError unavailable(String reason) {
    return new MmoError(SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, reason);
  }

  /** Whether this says the service was unavailable (so nothing was accepted). */
  public boolean isServiceUnavailable() {
    return SERVICE_UNAVAILABLE.equals(category);
  }
}
