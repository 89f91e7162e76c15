package io.starhash.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedisSettingsTest {

  @ParameterizedTest
  @CsvSource({
      "redis://127.0.0.1:6379, redis://127.0.0.1:6379",
      "redis://:s3cret@10.0.0.5:6380/2, redis://:****@10.0.0.5:6380/2",
      "redis://app:s3cret@redis.internal, redis://app:****@redis.internal",
      "rediss://s3cret@redis.internal:6380, rediss://****@redis.internal:6380"
  })
  void masksThePasswordEverywhereItIsShown(String url, String masked) {
    RedisSettings settings = RedisSettings.of(url);

    assertThat(settings.maskedUrl()).isEqualTo(masked);
    assertThat(settings.toString()).contains(masked).doesNotContain("s3cret");
  }

  @Test
  void defaultsAreShortTimeoutsAndABoundedQueue() {
    RedisSettings settings = RedisSettings.of("redis://127.0.0.1:6379");

    assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.requestQueueSize()).isEqualTo(10_000);
    assertThat(settings.address()).isEqualTo("127.0.0.1:6379");
  }

  @ParameterizedTest
  @CsvSource({
      "http://:s3cret@127.0.0.1:6379, redis://",
      "redis://:s3cret@127.0.0.1:notaport, bad redis url redis://:****@",
      "redis://:s3cret@127.0.0.1:99999, Port out of range",
      "redis://:s3cret@, bad redis url redis://:****@"
  })
  void rejectsUrlsThatAreNotRedisWithoutEchoingThePassword(String url, String reason) {
    assertThatThrownBy(() -> RedisSettings.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void rejectsNonPositiveTimeoutsAndQueue() {
    String url = "redis://127.0.0.1:6379";
    Duration ok = Duration.ofMillis(100);

    assertThatThrownBy(() -> new RedisSettings(url, Duration.ZERO, ok, 10))
        .hasMessageContaining("commandTimeout");
    assertThatThrownBy(() -> new RedisSettings(url, ok, Duration.ofMillis(-1), 10))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> new RedisSettings(url, ok, ok, 0))
        .hasMessageContaining("requestQueueSize");
  }
}
