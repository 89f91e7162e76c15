package io.starhash.core.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.redis.SharedRedis;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionStore.StoreHealth;
import io.starhash.core.session.SessionStoreException.Reason;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.RedisHarness;
import io.starhash.core.testing.SampleSessions;
import io.starhash.core.ussd.SessionId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisSessionStoreTest {

  private static final Duration TTL = Duration.ofMinutes(2);
  private static final Duration SHORT_TTL = Duration.ofMillis(200);

  private static final SharedRedis redis = TestRedis.shared();
  private static RedisSessionStore store;
  private static RedisSessionStore shortLived;

  private final Session session = SampleSessions.typical("ATUid_redis_1", 1);
  private final String key = "sh:{ATUid_redis_1}:s";

  @BeforeAll
  static void connect() {
    store = new RedisSessionStore(redis, TTL);
    shortLived = new RedisSessionStore(redis, SHORT_TTL);
  }

  @AfterAll
  static void close() {
    store.close();
    shortLived.close();
  }

  @BeforeEach
  void flush() {
    RedisHarness.flushAll();
  }

  private static Optional<Session> load(SessionId id) {
    return store.load(id).toCompletableFuture().join();
  }

  private static boolean cas(RedisSessionStore on, Session s, int expectedHop) {
    return on.compareAndSet(s, expectedHop).toCompletableFuture().join();
  }

  @Test
  void loadsWhatWasSavedAndNothingForAnUnknownSession() {
    assertThat(cas(store, session, 0)).isTrue();

    assertThat(load(session.id())).contains(session);
    assertThat(load(new SessionId("never-saved"))).isEmpty();
  }

  @Test
  void keyIsHashTaggedAndCarriesTheHopPrefixAndATtl() {
    assertThat(cas(store, session, 0)).isTrue();

    assertThat(RedisHarness.commands().keys("sh:*")).containsExactly(key);
    assertThat(RedisHarness.commands().pttl(key)).isBetween(TTL.toMillis() - 5_000, TTL.toMillis());
    assertThat(RedisHarness.commands().getrange(key, 0, 3)).isEqualTo("\0\0\0\1");
  }

  @Test
  void sessionExpiresAfterItsTtl() {
    assertThat(cas(shortLived, session, 0)).isTrue();
    assertThat(RedisHarness.commands().pttl(key)).isBetween(1L, SHORT_TTL.toMillis());

    await().atMost(Duration.ofSeconds(5))
        .until(() -> load(session.id()).isEmpty());
    assertThat(RedisHarness.commands().exists(key)).isZero();
  }

  @Test
  void saveRestartsTheTtl() {
    assertThat(cas(shortLived, session, 0)).isTrue();

    assertThat(cas(store, SampleSessions.nextHop(session), 1)).isTrue();

    assertThat(RedisHarness.commands().pttl(key)).isGreaterThan(SHORT_TTL.toMillis());
  }

  @Test
  void casZeroSavesOnlyWhenAbsent() {
    assertThat(cas(store, session, 0)).as("absent").isTrue();
    Session other = session.toBuilder().state("other").build();

    assertThat(cas(store, other, 0)).as("present").isFalse();
    assertThat(load(session.id())).contains(session);
  }

  @Test
  void casSavesOnlyOnTheExpectedHopAndAResentStaleSaveLoses() {
    assertThat(cas(store, session, 0)).isTrue();
    Session hop2 = SampleSessions.nextHop(session);

    assertThat(cas(store, hop2, 2)).as("conflict: stored hop is 1").isFalse();
    assertThat(cas(store, hop2, 1)).as("expected hop").isTrue();
    assertThat(cas(store, hop2, 1)).as("the same save resent").isFalse();
    assertThat(cas(store, SampleSessions.nextHop(session), 5)).as("missing key").isFalse();
    assertThat(load(session.id())).contains(hop2);
  }

  @Test
  void ofTwoConcurrentHopsExactlyOneWins() throws Exception {
    assertThat(cas(store, session, 0)).isTrue();
    Session a = SampleSessions.nextHop(load(session.id()).orElseThrow()).toBuilder().state("a").build();
    Session b = SampleSessions.nextHop(load(session.id()).orElseThrow()).toBuilder().state("b").build();

    List<Boolean> won = Concurrently.run(List.of(() -> cas(store, a, 1), () -> cas(store, b, 1)));

    assertThat(won).containsExactlyInAnyOrder(true, false);
    assertThat(load(session.id()).orElseThrow().state()).isEqualTo(won.get(0) ? "a" : "b");
  }

  @Test
  void casFallsBackToEvalWhenRedisForgotTheScript() {
    assertThat(cas(store, session, 0)).isTrue();
    RedisHarness.commands().scriptFlush();
    assertThat(RedisHarness.commands().scriptExists(CasScript.SCRIPT.sha())).containsExactly(false);

    assertThat(cas(store, SampleSessions.nextHop(session), 1)).isTrue();

    assertThat(load(session.id()).orElseThrow().hop()).isEqualTo(2);
    assertThat(RedisHarness.commands().scriptExists(CasScript.SCRIPT.sha())).containsExactly(true);
  }

  @Test
  void undecodableValueFailsAsCorrupt() {
    RedisHarness.commands().set(key, "\0\0\0\1garbage");

    StoreFailures.assertFails(store.load(session.id()), Reason.CORRUPT, Duration.ofSeconds(2));
  }

  @Test
  void healthNamesTheServerVersionAndAddress() {
    StoreHealth health = store.health().toCompletableFuture().join();

    assertThat(health.up()).isTrue();
    assertThat(health.detail())
        .matches("redis \\d+\\.\\d+\\.\\d+ at .+")
        .endsWith(" at " + redis.settings().address());
    assertThat(store.kind()).isEqualTo("redis");
  }

  @Test
  void countsSessionKeysOnly() {
    for (int i = 0; i < 3; i++) {
      assertThat(cas(store, SampleSessions.typical("count-" + i, 1), 0)).isTrue();
    }
    RedisHarness.commands().set("sh:{count-0}:t", "not a session");

    long counted = store.refreshActiveSessions().toCompletableFuture().join();

    assertThat(counted).isEqualTo(3);
    assertThat(store.activeSessions()).isEqualTo(3);
  }
}
