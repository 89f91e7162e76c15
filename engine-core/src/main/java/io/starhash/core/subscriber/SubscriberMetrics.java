package io.starhash.core.subscriber;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The subscriber service's meters: {@code pin.checks} by outcome and {@code subscribers.registered}. Thread-safe. */
final class SubscriberMetrics {

  private final MeterRegistry registry;
  private final Counter registered;

  SubscriberMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.registered = Counter.builder("subscribers.registered")
        .description("Subscribers registered, directly or by a confirmed sign-up")
        .register(registry);
  }

  /** Counts a PIN check; the outcome tag is {@code ok}, {@code wrong}, {@code locked}, {@code blocked} or {@code unknown}. */
  void pinChecked(PinCheck check) {
    Counter.builder("pin.checks")
        .description("PIN checks by outcome")
        .tag("outcome", outcome(check))
        .register(registry)
        .increment();
  }

  void registered() {
    registered.increment();
  }

  static String outcome(PinCheck check) {
    if (check instanceof PinCheck.Ok) {
      return "ok";
    } else if (check instanceof PinCheck.Wrong) {
      return "wrong";
    } else if (check instanceof PinCheck.Locked) {
      return "locked";
    } else if (check instanceof PinCheck.Blocked) {
      return "blocked";
    }
    return "unknown";
  }
}
