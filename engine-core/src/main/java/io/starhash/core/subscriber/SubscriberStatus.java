package io.starhash.core.subscriber;

/** Whether a subscriber may use the service; an operator blocks and unblocks. */
public enum SubscriberStatus {
  ACTIVE,
  BLOCKED
}
