package io.starhash.core.money;

/** Where an operation is in its life. */
enum OperationStatus {
  /** Started by the customer; waits for an agent or merchant to accept. */
  PENDING_AGENT,
  /** Started by an agent or merchant; waits for the customer's PIN. */
  PENDING_CUSTOMER,
  /** Being completed: claimed by one approval, money not yet moved. */
  PROCESSING,
  COMPLETED,
  REJECTED,
  EXPIRED,
  /** Refused by the money engine, e.g. for insufficient funds. */
  DECLINED
}
