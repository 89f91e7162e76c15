package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskingTest {

  private static final String PASSWORD = "s3cr3t-Pa55";

  @TempDir Path dir;

  @Test
  void theRedisPasswordIsUsableButNeverShownByToString() {
    StarhashConfig config = ConfigLoader.load(Optional.empty(),
        Map.of("STARHASH_REDIS_URL", "rediss://default:" + PASSWORD + "@redis.internal:6380/1"),
        Map.of());

    assertThat(config.redis().url()).map(RedisUrl::value)
        .contains("rediss://default:" + PASSWORD + "@redis.internal:6380/1");
    assertThat(config.redis().url()).map(RedisUrl::masked)
        .contains("rediss://default:****@redis.internal:6380/1");
    assertThat(config.toString()).contains("rediss://default:****@redis.internal:6380/1")
        .doesNotContain(PASSWORD);
    assertThat(config.redis().toString()).doesNotContain(PASSWORD);
  }

  @Test
  void theRedisPasswordIsMaskedInErrorMessages() throws IOException {
    Path file = Files.writeString(dir.resolve("starhash.yaml"),
        "redis:\n  url: http://admin:" + PASSWORD + "@redis.internal:6379\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));

    assertThat(e.getMessage()).isEqualTo("redis.url: 'http://admin:****@redis.internal:6379'"
        + " is not a redis:// or rediss:// URL (use e.g. redis://127.0.0.1:6379)"
        + " [" + file + ":2]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      redis://:pw@h:6379          | redis://:****@h:6379
      redis://pw@h                | redis://****@h
      redis://user:p@ss:w/rd@h/0  | redis://user:****@h/0
      user:pw@h                   | user:****@h
      redis://h:6379              | redis://h:6379
      """)
  void maskingHidesWhatComesBeforeTheLastAtSign(String url, String masked) {
    assertThat(RedisUrl.mask(url)).isEqualTo(masked);
  }

  @Test
  void theDemoPinIsNeverEchoed() {
    ConfigException bad = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("demo.pin", "98x76")));
    StarhashConfig config =
        ConfigLoader.load(Optional.empty(), Map.of(), Map.of("demo.pin", "9876"));

    assertThat(bad.getMessage())
        .isEqualTo("demo.pin: the value must be 4 to 12 digits [--set]");
    assertThat(config.demo().pin()).isEqualTo("9876");
    assertThat(config.toString()).contains("pin=****").doesNotContain("9876");
  }

  @Test
  void theTokenSecretIsUsableButNeverShownByToString() {
    String secret = "tok-" + PASSWORD + "-0123456789abcdefghij";
    StarhashConfig config = ConfigLoader.load(Optional.empty(),
        Map.of("STARHASH_TOKENS_SECRET", secret), Map.of());

    assertThat(config.tokens().secret()).contains(secret);
    assertThat(config.tokens().settings().secret()).isEqualTo(secret);
    assertThat(config.toString()).contains("secret=****").doesNotContain(PASSWORD);
    assertThat(config.tokens().toString()).doesNotContain(PASSWORD);
  }

  @Test
  void aTokenSecretTooShortIsRefusedWithoutEchoingIt() {
    ConfigException bad = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("tokens.secret", PASSWORD)));

    assertThat(bad.getMessage())
        .isEqualTo("tokens.secret: the value must have at least 32 characters [--set]");
  }

  @Test
  void aPasswordInAnMmoUrlIsUsableButNeverShownByToString() {
    StarhashConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of(
        "mmo.url", "https://api:" + PASSWORD + "@mmo.example/v1.2/mm",
        "mmo.callback-url", "https://cb:" + PASSWORD + "@starhash.example/mmo/callback"));

    assertThat(config.mmo().url()).map(URI::getUserInfo).contains("api:" + PASSWORD);
    assertThat(config.mmo().callbackUrl()).map(URI::getUserInfo).contains("cb:" + PASSWORD);
    assertThat(config.toString())
        .contains("url=Optional[https://api:****@mmo.example/v1.2/mm]")
        .contains("callbackUrl=Optional[https://cb:****@starhash.example/mmo/callback]")
        .doesNotContain(PASSWORD);
  }

  @Test
  void aPasswordInABadMmoUrlIsMaskedInErrorMessages() throws IOException {
    Path file = Files.writeString(dir.resolve("starhash.yaml"),
        "mmo:\n  url: ftp://api:" + PASSWORD + "@mmo.example/v1.2/mm\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()));

    assertThat(e.getMessage()).isEqualTo("mmo.url: 'ftp://api:****@mmo.example/v1.2/mm'"
        + " is not an http:// or https:// URL (use e.g. https://mmo.example/v1.2/mm)"
        + " [" + file + ":2]");
  }
}
