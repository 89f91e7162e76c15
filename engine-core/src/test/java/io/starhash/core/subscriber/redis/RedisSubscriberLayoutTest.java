package io.starhash.core.subscriber.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.audit.InMemoryAuditLog;
import io.starhash.core.money.Money;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisFailure;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.subscriber.KycTier;
import io.starhash.core.subscriber.PinCheck;
import io.starhash.core.subscriber.SignUpConfirmation;
import io.starhash.core.subscriber.SignUpStage;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberService;
import io.starhash.core.subscriber.SubscriberSettings;
import io.starhash.core.subscriber.SubscriberStatus;
import io.starhash.core.subscriber.SubscriberStoreException;
import io.starhash.core.testing.LocalRedis;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.testing.RedisHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisSubscriberLayoutTest {

  private static final Msisdn ALICE = new Msisdn("+255712000001");
  private static final String KEY = "sh:{sub:+255712000001}";
  private static final String STAGED_KEY = "sh:{sub:+255712000001}:staged";
  /** Eight digits, so that they cannot turn up by chance inside the base64 of a hash. */
  private static final String PIN = "73918264";

  private final RedisSubscriberStore store = new RedisSubscriberStore(TestRedis.shared());

  private final MutableClock clock = MutableClock.start();
  private final SubscriberService service = SubscriberService.builder(store, new InMemoryAuditLog())
      .settings(new SubscriberSettings(8, 3, Duration.ofMinutes(30), Duration.ofMinutes(5), Map.of(
          KycTier.TIER_0, new Money(1, "TZS"), KycTier.TIER_1, new Money(2, "TZS"),
          KycTier.TIER_2, new Money(3, "TZS"))))
      .hasher(new PinHasher(1))
      .clock(clock)
      .executor(Runnable::run)
      .build();

  @BeforeEach
  void flush() {
    RedisHarness.flushAll();
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  @Test
  void aStagedSignUpAndTheSubscriberLieUnderOneHashTagWithNoPinInClear() {
    assertThat(join(service.stageSignUp(ALICE, "Juma Hassani", PIN))).isInstanceOf(SignUpStage.Staged.class);

    String staged = RedisHarness.commands().get(STAGED_KEY);
    assertThat(staged).startsWith("1|SIGN_UP|" + clock.millis() + "|1:").endsWith("|Juma Hassani")
        .doesNotContain(PIN);
    assertThat(RedisHarness.commands().pttl(STAGED_KEY)).isBetween(1L, Duration.ofMinutes(5).toMillis());

    assertThat(join(service.confirmSignUp(ALICE, PIN))).isInstanceOf(SignUpConfirmation.Registered.class);
    assertThat(join(service.checkPin(ALICE, PIN))).isEqualTo(new PinCheck.Ok());

    assertThat(RedisHarness.commands().keys("sh:*")).containsExactly(KEY);
    String value = RedisHarness.commands().get(KEY);
    assertThat(value).startsWith("1|TIER_0|ACTIVE|" + clock.millis() + "|0||" + clock.millis() + "|1:")
        .endsWith("|Juma Hassani").doesNotContain(PIN);
    assertThat(RedisHarness.commands().pttl(KEY)).as("subscribers do not expire").isEqualTo(-1);
  }

  @Test
  void aValueThatDoesNotDecodeFailsTheReadWithAStoreException() {
    RedisHarness.commands().set(KEY, "2|something else");

    assertThat(store.find(ALICE).toCompletableFuture()).failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class).havingCause()
        .isInstanceOf(SubscriberStoreException.class)
        .withMessageContaining("+2557****0001").withMessageNotContaining(ALICE.e164());
  }

  @Test
  void updatesStillWorkAfterRedisForgotTheScripts() {
    Subscriber s = Subscriber.open(ALICE, "Juma Hassani", new PinHasher(1).hash(PIN), Instant.EPOCH);
    join(store.create(s));
    RedisHarness.commands().scriptFlush();

    assertThat(join(store.replace(s, s.withStatus(SubscriberStatus.BLOCKED))))
        .isTrue();
    assertThat(join(store.find(ALICE)).orElseThrow().status())
        .isEqualTo(SubscriberStatus.BLOCKED);
  }

  @Test
  void aRedisThatIsGoneFailsWithAStoreExceptionNamingTheFailure() {
    LocalRedis doomed = LocalRedis.start();
    SharedRedis connection = RedisConnections.open(RedisSettings.of(doomed.url()));
    try {
      doomed.stop();

      assertThat(new RedisSubscriberStore(connection).find(ALICE).toCompletableFuture())
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(ExecutionException.class).havingCause()
          .isInstanceOfSatisfying(SubscriberStoreException.class, e -> assertThat(RedisFailure.of(e.getCause()))
              .isIn(RedisFailure.UNAVAILABLE, RedisFailure.TIMEOUT));
    } finally {
      connection.close();
    }
  }
}
