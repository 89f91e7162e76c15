package io.starhash.core.operation;

import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import java.util.concurrent.CompletionStage;

/** Customers, amounts and requests that the operation tests share. */
public final class Ops {

  public static final Msisdn ALICE = new Msisdn("+255712000001");
  public static final Msisdn BOB = new Msisdn("+255712000002");
  public static final String AGENT = "A001";
  public static final String OTHER_AGENT = "A002";
  public static final String MERCHANT = "4321";

  private Ops() {}

  public static Money tzs(long minor) {
    return new Money(minor, "TZS");
  }

  /** Alice's cash-in of 100.00 that any agent may accept. */
  public static NewOperation aliceCashIn() {
    return NewOperation.byCustomer(OperationType.CASH_IN, ALICE, null, tzs(10_000), tzs(0));
  }

  /** A cash-out of 50.00 (fee 1.00) that agent A001 started for {@code customer}. */
  public static NewOperation agentCashOut(Msisdn customer) {
    return new NewOperation(OperationType.CASH_OUT, Initiator.AGENT, customer, AGENT, null, tzs(5_000), tzs(100));
  }

  /** Alice's payment of 20.00 to merchant 4321. */
  public static NewOperation alicePays() {
    return NewOperation.byCustomer(OperationType.MERCHANT_PAYMENT, ALICE, MERCHANT, tzs(2_000), tzs(0));
  }

  public static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }
}
