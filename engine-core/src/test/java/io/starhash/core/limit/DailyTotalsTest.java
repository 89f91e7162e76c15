package io.starhash.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.limit.redis.RedisDailyTotals;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.RedisHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Daily totals, in memory and in Redis: within the limit they add up; racing adds never pass it. */
class DailyTotalsTest {

  static final Msisdn WHO = new Msisdn("+255712000001");
  static final LocalDate DAY = LocalDate.of(2026, 11, 21);

  static Stream<DailyTotals> stores() {
    RedisHarness.flushAll();
    return Stream.of(new InMemoryDailyTotals(), new RedisDailyTotals(TestRedis.shared()));
  }

  private static <T> T join(java.util.concurrent.CompletionStage<T> s) {
    return s.toCompletableFuture().join();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void addsWithinTheLimitAndRefusesPastIt(DailyTotals totals) {
    assertThat(join(totals.tryAdd(WHO, DAY, 30_000, 100_000))).isTrue();
    assertThat(join(totals.tryAdd(WHO, DAY, 70_000, 100_000))).isTrue();
    assertThat(join(totals.tryAdd(WHO, DAY, 1, 100_000))).isFalse();
    assertThat(join(totals.total(WHO, DAY))).isEqualTo(100_000L);
    assertThat(join(totals.total(WHO, DAY.plusDays(1)))).isZero();
    assertThat(join(totals.tryAdd(WHO, DAY.plusDays(1), 1, 100_000))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void racingAddsNeverPassTheLimit(DailyTotals totals) throws Exception {
    LocalDate day = DAY.plusDays(10);
    List<Callable<Boolean>> adds = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      adds.add(() -> join(totals.tryAdd(WHO, day, 10_000, 50_000)));
    }
    List<Boolean> results = Concurrently.run(adds);
    assertThat(results.stream().filter(b -> b).count()).isEqualTo(5);
    assertThat(join(totals.total(WHO, day))).isEqualTo(50_000L);
  }
}
