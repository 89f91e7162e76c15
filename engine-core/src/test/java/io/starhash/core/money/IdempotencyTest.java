package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static io.starhash.core.money.MoneyFixture.BOB;
import static io.starhash.core.money.MoneyFixture.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.effect.EffectResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private final MoneyFixture f = new MoneyFixture();
  private final Map<String, String> send = Map.of("recipient", BOB.e164(), "amount", "100", "pin", PIN);

  @Test
  void theSameKeyTwiceDebitsOnce() {
    EffectResult first = f.runWithKey("sess-1:7", MoneyEffects.SEND_MONEY, ALICE, send);
    EffectResult again = f.runWithKey("sess-1:7", MoneyEffects.SEND_MONEY, ALICE, send);
    assertThat(again).isEqualTo(first);
    assertThat(f.balance(ALICE)).isEqualTo("899.00");
    assertThat(f.balance(BOB)).isEqualTo("1,100.00");

    f.runWithKey("sess-1:8", MoneyEffects.SEND_MONEY, ALICE, send);
    assertThat(f.balance(ALICE)).as("a new key is a new payment").isEqualTo("798.00");
  }

  @Test
  void theSameKeyFromManyThreadsAtOnceDebitsOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<EffectResult>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return f.runWithKey("sess-2:3", MoneyEffects.SEND_MONEY, ALICE, send);
        }));
      }
      start.countDown();
      EffectResult first = results.get(0).get(5, TimeUnit.SECONDS);
      for (Future<EffectResult> r : results) {
        assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(f.balance(ALICE)).isEqualTo("899.00");
  }

  @Test
  void aResentWrongPinCountsOnce() {
    Map<String, String> wrong = Map.of("pin", "0000");
    f.runWithKey("s:1", MoneyEffects.PIN_VERIFY, ALICE, wrong);
    assertThat(f.runWithKey("s:1", MoneyEffects.PIN_VERIFY, ALICE, wrong).vars()).containsEntry("attemptsLeft", "2");
    assertThat(f.runWithKey("s:2", MoneyEffects.PIN_VERIFY, ALICE, wrong).vars()).containsEntry("attemptsLeft", "1");
  }

  @Test
  void aKeyIsPerEffectAndCaller() {
    f.runWithKey("s:1", MoneyEffects.SEND_MONEY, ALICE, send);
    f.runWithKey("s:1", MoneyEffects.SEND_MONEY, BOB, Map.of("recipient", ALICE.e164(), "amount", "50", "pin", PIN));
    f.runWithKey("s:1", MoneyEffects.PAY_MERCHANT, ALICE, Map.of("merchant", "4321", "amount", "10", "pin", PIN));
    assertThat(f.balance(ALICE)).isEqualTo("939.00");
    assertThat(f.balance(BOB)).isEqualTo("1,049.00");
  }

  @Test
  void recentResultsForgetTheOldestBeyondCapacity() {
    RecentResults recent = new RecentResults(2);
    int[] runs = {0};
    for (String key : new String[] {"a", "b", "a", "c", "a"}) {
      recent.getOrRun(key, () -> {
        runs[0]++;
        return EffectResult.of("ok");
      });
    }
    assertThat(runs[0]).as("a, b, c, then a again once forgotten").isEqualTo(4);
    assertThat(recent.size()).isEqualTo(2);
  }
}
