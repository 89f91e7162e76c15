package io.starhash.server.api;

import io.starhash.core.api.PartnerApi;
import io.starhash.core.sms.SmsOutbox;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * What the HTTP API endpoints call; an absent part turns its endpoints into 404s.
 *
 * @param partners the agent/merchant API behind {@code /api/v1}
 * @param outbox the demo SMS outbox behind {@code GET /sim/sms/{msisdn}}
 * @param callbacks receives {@code PUT /mmo/callback/{clientCorrelationId}} as (id, raw body),
 *     typically {@code MmoGateway::onCallback}
 * @param executor runs every call into {@code partners} and {@code callbacks} (both have
 *     synchronous parts), so that the event loop never waits on them; owned by the caller
 */
public record ApiDeps(
    Optional<PartnerApi> partners,
    Optional<SmsOutbox> outbox,
    Optional<BiConsumer<String, byte[]>> callbacks,
    Executor executor) {

  public ApiDeps {
    Objects.requireNonNull(partners, "partners");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(callbacks, "callbacks");
    Objects.requireNonNull(executor, "executor");
  }

  /** No API at all: {@code /api/v1}, {@code /sim/sms} and {@code /mmo/callback} answer 404. */
  public static ApiDeps none() {
    return new ApiDeps(Optional.empty(), Optional.empty(), Optional.empty(), Runnable::run);
  }
}
