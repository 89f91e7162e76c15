package io.starhash.core.limit;

import io.starhash.core.phone.Msisdn;
import java.time.LocalDate;
import java.util.concurrent.CompletionStage;

/**
 * What each subscriber has committed per day, shared by every server instance, so that a daily
 * limit holds however many instances a subscriber's hops reach and however they race.
 *
 * <p>Thread-safe.
 */
public interface DailyTotals {

  /**
   * Adds {@code minor} to the total of {@code who} on {@code day} if the new total stays within
   * {@code limitMinor}, in one atomic step.
   *
   * @return true if added, false if it would break the limit (nothing added)
   */
  CompletionStage<Boolean> tryAdd(Msisdn who, LocalDate day, long minor, long limitMinor);

  /** The total of {@code who} on {@code day}, 0 if nothing yet. */
  CompletionStage<Long> total(Msisdn who, LocalDate day);
}
