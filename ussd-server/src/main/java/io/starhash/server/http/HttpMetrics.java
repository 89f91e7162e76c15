package io.starhash.server.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.starhash.core.ussd.HopResult;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP front's meters: {@code ussd.hops}, {@code ussd.hop.latency}, {@code ussd.rejected} and
 * {@code ussd.replies.dropped}. Tags are low-cardinality: never a phone number or session id.
 * Thread-safe.
 */
final class HttpMetrics {

  /** The {@code dialect} tag of a request that matched no dialect. */
  static final String NO_DIALECT = "none";

  private final MeterRegistry registry;

  HttpMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The registry clock's monotonic time in nanoseconds, the start of a hop's latency. */
  long now() {
    return registry.config().clock().monotonicTime();
  }

  /** A hop answered by the engine and its reply written. */
  void answered(DecodedHop request, HopResult result) {
    String dialect = request.dialect().name();
    Counter.builder("ussd.hops")
        .description("USSD hops answered, by flow, dialect and outcome")
        .tag("flow", result.flowId())
        .tag("dialect", dialect)
        .tag("outcome", result.outcome().tag())
        .register(registry)
        .increment();
    Timer.builder("ussd.hop.latency")
        .description("From decoding a hop to its reply written")
        .tag("dialect", dialect)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(now() - request.startNanos(), TimeUnit.NANOSECONDS);
  }

  /** A request refused before it reached the engine. */
  void rejected(String dialect, RejectReason reason) {
    Counter.builder("ussd.rejected")
        .description("Requests refused with a 4xx, by dialect and reason")
        .tag("dialect", dialect)
        .tag("reason", reason.tag())
        .register(registry)
        .increment();
  }

  /** A reply the engine produced that could not be written: the connection was gone. */
  void dropped(String dialect) {
    Counter.builder("ussd.replies.dropped")
        .description("Engine replies dropped because the connection had closed")
        .tag("dialect", dialect)
        .register(registry)
        .increment();
  }
}
