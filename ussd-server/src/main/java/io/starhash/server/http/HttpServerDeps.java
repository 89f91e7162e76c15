package io.starhash.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.ussd.UssdEngine;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What the USSD HTTP server calls.
 *
 * @param engine answers hops; called on an I/O thread, so it must not block
 * @param phones normalises the phone numbers that gateways send
 * @param metrics where the server's meters go, and what {@code GET /metrics} scrapes
 * @param health what {@code GET /health} reports; called per request, may complete on any thread
 */
public record HttpServerDeps(
    UssdEngine engine,
    PhoneNumbers phones,
    PrometheusMeterRegistry metrics,
    Supplier<CompletionStage<Health>> health) {

  public HttpServerDeps {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(phones, "phones");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(health, "health");
  }
}
