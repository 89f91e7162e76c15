package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.LocalRedis;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.testing.RedisHarness;
import io.starhash.core.token.TokenStoreException.Reason;
import io.starhash.core.token.redis.RedisTokenStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisTokenStoreTest extends TokenServiceContract {

  private final SharedRedis redis = TestRedis.shared();

  @Override
  TokenStore newStore(MutableClock clock) {
    RedisHarness.flushAll();
    return new RedisTokenStore(redis);
  }

  @Override
  List<byte[]> storedBytes() {
    List<byte[]> out = new ArrayList<>();
    for (byte[] key : join(redis.async().keys("*"))) {
      out.add(key);
      out.add(join(redis.async().get(key)));
    }
    return out;
  }

  @Override
  void approachQuarantineEnd(Token token, Duration full) {
    String key = tokenKey(token);
    assertThat(RedisHarness.commands().get(key)).isEqualTo("R");
    assertThat(RedisHarness.commands().pttl(key))
        .isBetween(full.minusSeconds(10).toMillis(), full.toMillis());
  }

  @Override
  void endQuarantine(Token token) {
    String key = tokenKey(token);
    assertThat(RedisHarness.commands().pexpire(key, 1)).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> RedisHarness.commands().exists(key) == 0);
  }

  private static String tokenKey(Token token) {
    return "sh:{tok:" + token.value() + "}";
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private TokenService service(TokenSettings settings, TokenStore store) {
    return new TokenService(settings, store, TZ, clock, meters, random);
  }

  @Test
  void eachKeyIsItsOwnHashTagAndActiveTokensNeverExpire() {
    random.then(P0);
    Token t = issue(ALICE);

    List<String> keys = RedisHarness.commands().keys("*");
    assertThat(keys).hasSize(2).contains(tokenKey(t))
        .anySatisfy(k -> assertThat(k).matches("sh:\\{ph:[0-9a-f]{64}}"));
    String indexKey = keys.stream().filter(k -> k.startsWith("sh:{ph:")).findFirst().orElseThrow();
    assertThat(RedisHarness.commands().get(indexKey)).isEqualTo(t.value());
    assertThat(RedisHarness.commands().getrange(tokenKey(t), 0, 0)).isEqualTo("A");
    assertThat(RedisHarness.commands().pttl(tokenKey(t))).isEqualTo(-1);
    assertThat(RedisHarness.commands().pttl(indexKey)).isEqualTo(-1);
  }

  @Test
  void aShortQuarantineRunsOutOnRedissClock() {
    Duration shortQuarantine = Duration.ofMillis(300);
    service = service(new TokenSettings(TokenSettings.DEMO_SECRET, shortQuarantine, 10,
        Duration.ofMinutes(1)), new RedisTokenStore(redis));
    random.then(P0, P1);
    Token retired = issue(ALICE);
    issue(ALICE);
    assertThat(RedisHarness.commands().pttl(tokenKey(retired)))
        .isBetween(1L, shortQuarantine.toMillis());

    await().atMost(Duration.ofSeconds(5))
        .until(() -> RedisHarness.commands().exists(tokenKey(retired)) == 0);

    random.then(P0);
    assertThat(issue(BOB)).isEqualTo(retired);
  }

  @Test
  void aValueThatIsNoTokenStateIsCorrupt() {
    Token t = token(P0);
    RedisHarness.commands().set(tokenKey(t), "garbage");

    Throwable e = failure(service.resolve(t.value(), "caller"));

    assertThat(e).isInstanceOfSatisfying(TokenStoreException.class,
        x -> assertThat(x.reason()).isEqualTo(Reason.CORRUPT));
    assertThat(e.getMessage()).doesNotContain(t.value());
    assertThat(resolutions("error")).isEqualTo(1);
  }

  @Test
  void tokensSealedUnderAnotherSecretAreCorruptNotSomebodyElses() {
    random.then(P0);
    Token t = issue(ALICE);
    TokenService otherSecret = service(
        TokenSettings.withSecret("another-secret-of-at-least-32-characters"),
        new RedisTokenStore(redis));

    Throwable e = failure(otherSecret.resolve(t.value(), "caller"));

    assertThat(e).isInstanceOfSatisfying(TokenStoreException.class,
        x -> assertThat(x.reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void aStoreThatCannotReachRedisFailsTheStage() {
    LocalRedis gone = LocalRedis.start();
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    try (SharedRedis toGone = RedisConnections.open(new RedisSettings(gone.url(),
        Duration.ofMillis(300), Duration.ofSeconds(1), 100))) {
      TokenService cut = new TokenService(TokenSettings.demo(), new RedisTokenStore(toGone), TZ,
          clock, own, random);
      gone.stop();

      Throwable e = failure(cut.resolve(token(P0).grouped(), "caller"));

      assertThat(e).isInstanceOfSatisfying(TokenStoreException.class,
          x -> assertThat(x.reason()).isIn(Reason.UNAVAILABLE, Reason.TIMEOUT));
      assertThat(own.counter("tokens.resolutions", "outcome", "error").count()).isEqualTo(1);
      assertThat(failure(cut.issueOrRotate(ALICE))).isInstanceOf(TokenStoreException.class);
    }
  }
}
