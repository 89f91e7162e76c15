package io.starhash.core.money;

import java.util.Objects;

/**
 * A merchant of demo mode: the code customers type and the trading name they see (unmasked).
 */
public record DemoMerchant(String code, String name) {

  public DemoMerchant {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("[0-9]{3,10}")) {
      throw new IllegalArgumentException("merchant code must be 3 to 10 digits: " + code);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("merchant " + code + " has no name");
    }
  }
}
