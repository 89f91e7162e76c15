package io.starhash.core.subscriber;

import java.time.Clock;

/** The collaborators that the pieces of {@link SubscriberService} share. Immutable. */
record ServiceParts(SubscriberStore store, SubscriberSettings settings, PinWork pins,
    SubscriberAudit audit, SubscriberMetrics metrics, Clock clock) {

  SubscriberUpdates updates() {
    return new SubscriberUpdates(store);
  }

  PinRules rules() {
    return new PinRules(settings.pinLength());
  }
}
