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

  public MmoError {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(code, "code");
    description = description == null ? "" : description;
  }
}
