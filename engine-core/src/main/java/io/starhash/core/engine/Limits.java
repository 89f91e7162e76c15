package io.starhash.core.engine;

import io.starhash.core.limit.DailyTotals;
import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.KycTier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The single-transaction limit and the daily value limit per KYC tier. Daily totals (UTC days)
 * live in {@link DailyTotals}, shared by every instance; a commit checks and adds in one atomic
 * step, so racing payments cannot both pass. An amount committed for an operation that then
 * does not complete stays counted (the limit errs on the safe side).
 *
 * <p>Thread-safe.
 */
final class Limits {

  private final EngineSettings settings;
  private final DailyTotals totals;
  private final Clock clock;

  Limits(EngineSettings settings, DailyTotals totals, Clock clock) {
    this.settings = settings;
    this.totals = totals;
    this.clock = clock;
  }

  /** The limit {@code amount} would break now, if any, without committing it (for quotes). */
  CompletionStage<Optional<Money>> breached(Msisdn who, KycTier tier, Money amount) {
    if (amount.isGreaterThan(settings.maxTransaction())) {
      return CompletableFuture.completedFuture(Optional.of(settings.maxTransaction()));
    }
    Money daily = settings.dailyLimit(tier);
    return totals.total(who, today()).thenApply(used ->
        used + amount.minor() > daily.minor() ? Optional.of(daily) : Optional.<Money>empty());
  }

  /** Counts {@code amount} against today's total, unless a limit would break: then that limit. */
  CompletionStage<Optional<Money>> commit(Msisdn who, KycTier tier, Money amount) {
    if (amount.isGreaterThan(settings.maxTransaction())) {
      return CompletableFuture.completedFuture(Optional.of(settings.maxTransaction()));
    }
    Money daily = settings.dailyLimit(tier);
    return totals.tryAdd(who, today(), amount.minor(), daily.minor()).thenApply(added ->
        added ? Optional.<Money>empty() : Optional.of(daily));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
