package io.starhash.core.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.RedisUnreachableException;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionStore.StoreHealth;
import io.starhash.core.session.SessionStoreException.Reason;
import io.starhash.core.testing.FreePorts;
import io.starhash.core.testing.LocalRedis;
import io.starhash.core.testing.RedisHarness;
import io.starhash.core.testing.SampleSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class RedisSessionStoreFailureTest {

  private static final Duration TTL = Duration.ofMinutes(2);
  private static final Duration QUICKLY = Duration.ofSeconds(1);

  private static RedisSettings settings(String url, Duration commandTimeout, int queue) {
    return new RedisSettings(url, commandTimeout, Duration.ofSeconds(1), queue);
  }

  private static Session session(String id) {
    return SampleSessions.typical(id, 1);
  }

  /** Pauses writes (EVAL included, reads not) of every client until {@link #unpause()}. */
  private static void pauseWrites() {
    RedisHarness.commands().dispatch(CommandType.CLIENT, new StatusOutput<>(StringCodec.UTF8),
        new CommandArgs<>(StringCodec.UTF8).add("PAUSE").add(10_000).add("WRITE"));
  }

  private static void unpause() {
    RedisHarness.commands().dispatch(CommandType.CLIENT, new StatusOutput<>(StringCodec.UTF8),
        new CommandArgs<>(StringCodec.UTF8).add("UNPAUSE"));
  }

  /** Runs {@code body} while writes are paused. */
  private static void whileWritesPaused(Runnable body) {
    pauseWrites();
    try {
      body.run();
    } finally {
      unpause();
    }
  }

  /** A store of its own on the harness's Redis that has saved {@code first}, so it is connected. */
  private static RedisSessionStore connectedStore(Duration commandTimeout, int queue, Session first) {
    RedisSessionStore store = RedisSessionStore.connect(settings(RedisHarness.url(), commandTimeout, queue), TTL);
    assertThat(store.compareAndSet(first, 0).toCompletableFuture().join()).isTrue();
    return store;
  }

  @Test
  void connectFailsFastNamingTheUrlWithoutThePassword() {
    int port = FreePorts.loopback();
    RedisSettings nobodyHome = settings("redis://:s3cret@127.0.0.1:" + port, Duration.ofMillis(500), 100);

    assertThatThrownBy(() -> RedisSessionStore.connect(nobodyHome, TTL))
        .isInstanceOf(RedisUnreachableException.class)
        .hasMessageContaining("redis://:****@127.0.0.1:" + port)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void redisGoingDownFailsStagesAsUnavailableAtOnce() {
    LocalRedis dedicated = LocalRedis.start();
    try (SharedRedis redis = RedisConnections.open(settings(dedicated.url(), Duration.ofSeconds(2), 100));
        RedisSessionStore store = new RedisSessionStore(redis, TTL)) {
      assertThat(store.compareAndSet(session("down-1"), 0).toCompletableFuture().join()).isTrue();

      dedicated.stop();
      await().atMost(Duration.ofSeconds(5)).until(() -> !redis.isOpen());

      StoreFailures.assertFails(store.load(session("down-1").id()), Reason.UNAVAILABLE, QUICKLY);
      StoreFailures.assertFails(store.compareAndSet(session("down-2"), 0), Reason.UNAVAILABLE, QUICKLY);
      StoreHealth health = store.health().toCompletableFuture().join();
      assertThat(health.up()).isFalse();
      assertThat(health.detail()).contains("UNAVAILABLE").contains(redis.settings().address());
    } finally {
      dedicated.stop();
    }
  }

  @Test
  void slowRedisFailsTheSaveAsTimeoutAfterTheCommandTimeout() {
    try (RedisSessionStore store = connectedStore(Duration.ofMillis(100), 100, session("slow-0"))) {
      whileWritesPaused(() ->
          StoreFailures.assertFails(store.compareAndSet(session("slow-1"), 0), Reason.TIMEOUT, QUICKLY));
      assertThat(store.load(session("slow-0").id()).toCompletableFuture().join()).isPresent();
    }
  }

  @Test
  void fullRequestQueueFailsAsOverloaded() {
    try (RedisSessionStore store = connectedStore(Duration.ofSeconds(2), 2, session("full-0"))) {
      whileWritesPaused(() -> {
        // Lettuce counts the queue loosely (in-flight commands may or may not count), so send
        // more than it holds: whatever does not fit must fail at once as OVERLOADED.
        List<CompletableFuture<Boolean>> saves = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          saves.add(store.compareAndSet(session("full-" + i), 0).toCompletableFuture());
        }
        await().atMost(QUICKLY).until(() -> saves.stream().anyMatch(CompletableFuture::isCompletedExceptionally));
        assertThat(saves).filteredOn(CompletableFuture::isCompletedExceptionally).allSatisfy(f ->
            StoreFailures.assertFails(f, Reason.OVERLOADED, QUICKLY));
        assertThat(saves).filteredOn(f -> f.isDone() && !f.isCompletedExceptionally()).isEmpty();
      });
    }
  }
}
