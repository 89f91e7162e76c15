package io.starhash.core.money;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of money operation, with their wire names (as in a {@code quote}) and reference prefixes. */
enum OperationType {
  CASH_IN("cash-in", "CI", "Cash-in"),
  CASH_OUT("cash-out", "CO", "Cash-out"),
  MERCHANT_PAYMENT("merchant-payment", "MP", "Pay"),
  SEND_MONEY("send-money", "SM", "Send");

  private final String wire;
  private final String prefix;
  private final String label;

  OperationType(String wire, String prefix, String label) {
    this.wire = wire;
    this.prefix = prefix;
    this.label = label;
  }

  String wire() {
    return wire;
  }

  String prefix() {
    return prefix;
  }

  /** A short word for screens: {@code Cash-out}. */
  String label() {
    return label;
  }

  /** Whether money goes to the customer (cash-in) rather than from them. */
  boolean creditsCustomer() {
    return this == CASH_IN;
  }

  static Optional<OperationType> fromWire(String wire) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
  }
}
