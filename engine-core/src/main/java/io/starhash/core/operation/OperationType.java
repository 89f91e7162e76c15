package io.starhash.core.operation;

import io.starhash.core.mmo.TxType;
import io.starhash.core.partner.PartnerKind;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of two-party operation, with their API wire names and the MMAPI type each posts. */
public enum OperationType {
  CASH_IN("cash-in", TxType.DEPOSIT, PartnerKind.AGENT),
  CASH_OUT("cash-out", TxType.WITHDRAWAL, PartnerKind.AGENT),
  MERCHANT_PAYMENT("merchant-payment", TxType.MERCHANTPAY, PartnerKind.MERCHANT),
  /** Send money to another subscriber; no partner takes part. */
  TRANSFER("transfer", TxType.TRANSFER, null);

  private final String wire;
  private final TxType txType;
  private final PartnerKind partnerKind;

  OperationType(String wire, TxType txType, PartnerKind partnerKind) {
    this.wire = wire;
    this.txType = txType;
    this.partnerKind = partnerKind;
  }

  /** The name in the agent API: {@code cash-in}, {@code cash-out}, {@code merchant-payment}, {@code transfer}. */
  public String wire() {
    return wire;
  }

  /** The MMAPI transaction type that completes this operation. */
  public TxType txType() {
    return txType;
  }

  /** The kind of partner on the other side; empty for a transfer. */
  public Optional<PartnerKind> partnerKind() {
    return Optional.ofNullable(partnerKind);
  }

  /** Whether {@code initiator} may start an operation of this type. */
  public boolean allows(Initiator initiator) {
    return initiator == Initiator.CUSTOMER
        || (partnerKind != null && initiator == Initiator.of(partnerKind));
  }

  public static Optional<OperationType> fromWire(String wire) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
  }
}
