package io.starhash.core.subscriber;

/** How well a subscriber's identity is known; each tier has its daily value limit ({@link SubscriberSettings#dailyLimit}). */
public enum KycTier {
  /** Self-registered over USSD: name as typed, nothing checked. */
  TIER_0,
  /** Identity document seen by an agent. */
  TIER_1,
  /** Fully verified. */
  TIER_2
}
