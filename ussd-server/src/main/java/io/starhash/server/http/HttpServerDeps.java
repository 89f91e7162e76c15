package io.starhash.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.server.api.ApiDeps;
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
 * @param api what the agent/merchant API, {@code /sim/sms} and {@code /mmo/callback} call
 */
public record HttpServerDeps(
    UssdEngine engine,
    PhoneNumbers phones,
    PrometheusMeterRegistry metrics,
    Supplier<CompletionStage<Health>> health,
    ApiDeps api) {

  /** Without the API: {@code /api/v1}, {@code /sim/sms} and {@code /mmo/callback} answer 404. */
  public HttpServerDeps(
      UssdEngine engine, PhoneNumbers phones, PrometheusMeterRegistry metrics, Supplier<CompletionStage<Health>> health) {
    this(engine, phones, metrics, health, ApiDeps.none());
  }

  public HttpServerDeps {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(phones, "phones");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(api, "api");
  }
}
