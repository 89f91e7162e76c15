package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.phone.Msisdn;
import java.util.concurrent.CompletionStage;
import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlowEffectsTest {

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  /** A fast port that finds the demo merchant, for the slow one to delay. */
  private final EffectPort fast = new EffectPort() {
    @Override
    public CompletionStage<EffectResult> run(EffectCall c) {
      return CompletableFuture.completedFuture(EffectResult.ok(Map.of("merchantName", "Demo Shop")));
    }

    @Override
    public EffectCatalog catalog() {
      return MoneyEffects.CATALOG;
    }
  };
  private final EffectCall call = new EffectCall(MoneyEffects.MERCHANT_FIND, new Msisdn("+255712000001"),
      Map.of("merchant", "4321"), "k1");

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void answersLikeTheDelegateButOnlyAfterTheDelay() throws Exception {
    Duration delay = Duration.ofMillis(300);
    SlowEffects slow = new SlowEffects(fast, delay, scheduler);
    long start = System.nanoTime();
    CompletableFuture<EffectResult> result = slow.run(call).toCompletableFuture();
    assertThat(result).isNotDone();
    assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(EffectResult.ok(Map.of("merchantName", "Demo Shop")));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
    assertThat(slow.catalog()).isSameAs(MoneyEffects.CATALOG);
  }

  @Test
  void failsTheStageWhenTheSchedulerIsGone() {
    scheduler.shutdown();
    CompletableFuture<EffectResult> result = new SlowEffects(fast, Duration.ZERO, scheduler).run(call)
        .toCompletableFuture();
    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
  }

  @Test
  void rejectsANegativeDelay() {
    assertThatThrownBy(() -> new SlowEffects(fast, Duration.ofMillis(-1), scheduler))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
