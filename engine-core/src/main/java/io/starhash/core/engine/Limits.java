package io.starhash.core.engine;

import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.KycTier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-transaction limit and the daily value limit per KYC tier. Daily totals count the
 * value a subscriber has committed today (UTC) and are kept in this process.
 *
 * <p>Thread-safe.
 */
final class Limits {

  private final EngineSettings settings;
  private final Clock clock;
  private final Map<Msisdn, Day> days = new ConcurrentHashMap<>();

  private record Day(LocalDate date, long minor) {}

  Limits(EngineSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The limit {@code amount} would break, if any, without committing it. */
  Optional<Money> breached(Msisdn who, KycTier tier, Money amount) {
    if (amount.isGreaterThan(settings.maxTransaction())) {
      return Optional.of(settings.maxTransaction());
    }
    Money daily = settings.dailyLimit(tier);
    long used = today(who);
    return used + amount.minor() > daily.minor() ? Optional.of(daily) : Optional.empty();
  }

  /** Counts {@code amount} against today's total of {@code who}. */
  void commit(Msisdn who, Money amount) {
    LocalDate date = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    days.merge(who, new Day(date, amount.minor()), (old, add) ->
        old.date().equals(date) ? new Day(date, old.minor() + add.minor()) : add);
  }

  private long today(Msisdn who) {
    Day d = days.get(who);
    return d != null && d.date().equals(LocalDate.now(clock.withZone(ZoneOffset.UTC))) ? d.minor() : 0;
  }
}
