package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenRateLimitTest {

  private static final Msisdn ALICE = new Msisdn("+255712000001");

  private final MutableClock clock = MutableClock.start();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final TokenService service = TokenService.create(TokenSettings.demo(),
      new InMemoryTokenStore(clock), new PhoneNumbers("TZ"), clock, meters);

  private Resolution resolve(String typed, String caller) {
    return service.resolve(typed, caller).toCompletableFuture().join();
  }

  @Test
  void aCallerGetsTenAttemptsAMinuteRefilledContinuously() {
    Token t = service.issueOrRotate(ALICE).toCompletableFuture().join();
    for (int i = 0; i < 9; i++) {
      assertThat(resolve("1234", "agent:1")).as("attempt %d", i + 1)
          .isEqualTo(new Resolution.NotFound());
    }
    assertThat(resolve(t.grouped(), "agent:1")).isEqualTo(new Resolution.Found(ALICE));

    assertThat(resolve(t.grouped(), "agent:1"))
        .isEqualTo(new Resolution.RateLimited(Duration.ofSeconds(6)));
    assertThat(resolve(t.grouped(), "agent:2")).as("another caller")
        .isEqualTo(new Resolution.Found(ALICE));

    clock.advance(Duration.ofSeconds(6));
    assertThat(resolve(t.grouped(), "agent:1")).isEqualTo(new Resolution.Found(ALICE));
    assertThat(resolve(t.grouped(), "agent:1")).isInstanceOf(Resolution.RateLimited.class);

    assertThat(meters.counter("tokens.resolutions", "outcome", "rate-limited").count()).isEqualTo(2);
    assertThat(meters.counter("tokens.resolutions", "outcome", "found").count()).isEqualTo(3);
    assertThat(meters.counter("tokens.resolutions", "outcome", "not-found").count()).isEqualTo(9);
  }

  @Test
  void theLimitIsConfigurable() {
    TokenService strict = TokenService.create(new TokenSettings(TokenSettings.DEMO_SECRET,
        TokenSettings.DEFAULT_QUARANTINE, 2, Duration.ofHours(1)), new InMemoryTokenStore(clock),
        new PhoneNumbers("TZ"), clock, new SimpleMeterRegistry());

    strict.resolve("1", "c").toCompletableFuture().join();
    strict.resolve("1", "c").toCompletableFuture().join();

    assertThat(strict.resolve("1", "c").toCompletableFuture().join())
        .isEqualTo(new Resolution.RateLimited(Duration.ofMinutes(30)));
  }

  @Test
  void callersWhoseBucketsRefilledAreForgottenOnceManyAreTracked() {
    AttemptLimiter limiter = new AttemptLimiter(10, Duration.ofMinutes(1), clock);
    for (int i = 0; i <= AttemptLimiter.SWEEP_ABOVE; i++) {
      limiter.take("caller-" + i);
    }
    assertThat(limiter.tracked()).as("no bucket has refilled yet").isGreaterThan(AttemptLimiter.SWEEP_ABOVE);

    clock.advance(Duration.ofMinutes(1));
    limiter.take("one-more");

    assertThat(limiter.tracked()).isEqualTo(1);
  }
}
