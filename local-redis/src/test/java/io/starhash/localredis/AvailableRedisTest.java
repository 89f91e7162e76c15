package io.starhash.localredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a Redis is found: REDIS_URL, else redis-server on the PATH, else embedded-redis. */
class AvailableRedisTest {

  @Test
  void aGivenRedisUrlIsUsedAsItIsAndNeverStopped() {
    try (AvailableRedis redis = AvailableRedis.find(Map.of("REDIS_URL", " redis://127.0.0.1:1/2 ", "PATH", ""))) {
      assertThat(redis.url()).isEqualTo("redis://127.0.0.1:1/2");
      assertThat(redis.source()).isEqualTo("REDIS_URL");
      assertThat(redis.startedHere()).isEmpty();
    }
  }

  @Test
  void withoutRedisUrlTheServerOnThePathIsStartedAndStoppedOnClose() {
    String path = System.getenv("PATH");
    Optional<Path> binary = RedisBinary.onPath(path);
    LocalRedisServer server;
    try (AvailableRedis redis = AvailableRedis.find(Map.of("REDIS_URL", "", "PATH", path == null ? "" : path))) {
      server = redis.startedHere().orElseThrow();
      assertThat(redis.source()).isEqualTo(binary.map(Path::toString).orElse(LocalRedisServer.EMBEDDED));
      assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + server.port());
      assertThat(RedisReadiness.pongs(server.port())).isTrue();
    }
    assertThat(RedisReadiness.pongs(server.port())).isFalse();
  }

  @Test
  void withNoBinaryOnThePathTheEmbeddedOneRuns(@TempDir Path empty) {
    try (LocalRedisServer server = LocalRedisServer.start(empty.toString())) {
      assertThat(server.source()).isEqualTo(LocalRedisServer.EMBEDDED);
      assertThat(RedisReadiness.pongs(server.port())).isTrue();
      server.stop();
      assertThat(RedisReadiness.pongs(server.port())).isFalse();
    }
  }
}
