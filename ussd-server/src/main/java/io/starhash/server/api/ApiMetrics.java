package io.starhash.server.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every API answer ({@code api.requests} by endpoint and status) and every refusal
 * ({@code api.rejected} by endpoint and reason), and logs each refusal on one line. Tags never
 * hold a phone number, token or key. Thread-safe.
 */
final class ApiMetrics {

  /** The {@code endpoint} tag of a request that matched no endpoint. */
  static final String NO_ENDPOINT = "none";
  private static final Logger LOG = LoggerFactory.getLogger(ApiMetrics.class);

  private final MeterRegistry registry;

  ApiMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  void answered(String endpoint, Reply reply) {
    Counter.builder("api.requests")
        .description("API requests answered, by endpoint and HTTP status")
        .tag("endpoint", endpoint)
        .tag("status", Integer.toString(reply.status()))
        .register(registry)
        .increment();
    if (reply.reason() == null) {
      return;
    }
    Counter.builder("api.rejected")
        .description("API requests refused with a 4xx, by endpoint and reason")
        .tag("endpoint", endpoint)
        .tag("reason", reply.reason())
        .register(registry)
        .increment();
    LOG.info("- api rejected {} {} {}: {} subject={}", endpoint, reply.status(), reply.reason(),
        LogSafe.scrub(reply.message()), LogSafe.subject(reply.subject()));
  }
}
