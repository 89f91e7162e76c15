package io.starhash.core.mmo;

/** The MMAPI transaction types the engine posts ({@code POST /transactions/type/{type}}). */
public enum TxType {
  DEPOSIT("deposit"),
  WITHDRAWAL("withdrawal"),
  MERCHANTPAY("merchantpay"),
  TRANSFER("transfer"),
  DISBURSEMENT("disbursement"),
  REVERSAL("reversal");

  private final String wire;

  TxType(String wire) {
    this.wire = wire;
  }

  /** The name in the URL path and the {@code type} field. */
  public String wire() {
    return wire;
  }

  public static TxType fromWire(String s) {
    for (TxType t : values()) {
      if (t.wire.equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown transaction type: " + s);
  }
}
