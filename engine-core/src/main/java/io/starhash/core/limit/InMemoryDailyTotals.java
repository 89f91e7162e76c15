package io.starhash.core.limit;

import io.starhash.core.phone.Msisdn;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DailyTotals} for one process; yesterday's totals are dropped as days pass. Thread-safe. */
public final class InMemoryDailyTotals implements DailyTotals {

  private record Day(LocalDate date, long minor) {}

  private final Map<Msisdn, Day> days = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Boolean> tryAdd(Msisdn who, LocalDate day, long minor, long limitMinor) {
    boolean[] added = {false};
    days.compute(who, (k, old) -> {
      long used = old != null && old.date().equals(day) ? old.minor() : 0;
      if (used + minor > limitMinor) {
        return old;
      }
      added[0] = true;
      return new Day(day, used + minor);
    });
    return CompletableFuture.completedFuture(added[0]);
  }

  @Override
  public CompletionStage<Long> total(Msisdn who, LocalDate day) {
    Day d = days.get(who);
    return CompletableFuture.completedFuture(d != null && d.date().equals(day) ? d.minor() : 0L);
  }
}
