package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Path yaml(String text) throws IOException {
    return Files.writeString(dir.resolve("starhash.yaml"), text);
  }

  @Test
  void withNoSourcesEveryKeyHasItsDefault() {
    StarhashConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());

    assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 8080, 0, 8192));
    assertThat(config.ussd()).isEqualTo(new UssdConfig(Duration.ofSeconds(180),
        Duration.ofSeconds(5), 182, 80, Optional.empty(), Duration.ofSeconds(2), 0));
    assertThat(config.redis()).isEqualTo(new RedisConfig(Optional.empty(),
        Duration.ofMillis(500), Duration.ofSeconds(2), 10_000));
    assertThat(config.mmo()).isEqualTo(new MmoConfig(Optional.empty(), Optional.empty(),
        Duration.ofSeconds(5), Duration.ofSeconds(3), 3));
    assertThat(config.tokens()).isEqualTo(new TokenConfig(Optional.empty(), Duration.ofDays(90),
        10, Duration.ofMinutes(1)));
    assertThat(config.phone().country()).isEqualTo("TZ");
    assertThat(config.money()).isEqualTo(new MoneyConfig(Currency.getInstance("TZS"),
        new BigDecimal("500.00"), new BigDecimal("1000.00"), new BigDecimal("5000.00"),
        new BigDecimal("50000.00")));
    assertThat(config.pin()).isEqualTo(new PinConfig(4, 3, Duration.ofMinutes(30)));
    assertThat(config.operations().approvalTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.demo()).isEqualTo(new DemoConfig("1234", new BigDecimal("1000.00"),
        new BigDecimal("100000.00")));
    assertThat(config.log().level()).isEqualTo(LogLevel.INFO);
    assertThat(StarhashConfig.defaults()).isEqualTo(config);
  }

  @Test
  void fileOverridesDefaultsAndKeepsTheTextOfNumbers() throws IOException {
    Path file = yaml("""
        server:
          port: 9090
          max-body: 64KiB
        ussd:
          session-ttl: 2m
          flows-dir: %s
        redis: {url: "redis://127.0.0.1:6380/2", command-timeout: 250ms}
        limits.max-transaction: 750.50
        log:
          level: debug
        """.formatted(dir));

    StarhashConfig config = ConfigLoader.load(Optional.of(file), Map.of(), Map.of());

    assertThat(config.server().port()).isEqualTo(9090);
    assertThat(config.server().maxBodyBytes()).isEqualTo(64 * 1024);
    assertThat(config.server().host()).isEqualTo("127.0.0.1");
    assertThat(config.ussd().sessionTtl()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.ussd().flowsDir()).contains(dir);
    assertThat(config.redis().url()).map(RedisUrl::value).contains("redis://127.0.0.1:6380/2");
    assertThat(config.redis().commandTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.money().maxTransaction()).isEqualByComparingTo("750.50")
        .hasToString("750.50");
    assertThat(config.log().level()).isEqualTo(LogLevel.DEBUG);
  }

  @Test
  void environmentOverridesFileAndSetOverridesEnvironment() throws IOException {
    Path file = yaml("""
        server: {port: 9090, host: 0.0.0.0}
        ussd: {hop-budget: 3s}
        pin: {max-attempts: 5}
        """);
    Map<String, String> env = Map.of(
        "STARHASH_SERVER_PORT", "9191",
        "STARHASH_USSD_HOP_BUDGET", "4s",
        "STARHASH_PIN_LOCK_DURATION", "1h");
    Map<String, String> sets = Map.of("ussd.hop-budget", "4500ms", "pin.lock-duration", "10m");

    StarhashConfig config = ConfigLoader.load(Optional.of(file), env, sets);

    assertThat(config.server().host()).isEqualTo("0.0.0.0");
    assertThat(config.server().port()).isEqualTo(9191);
    assertThat(config.pin().maxAttempts()).isEqualTo(5);
    assertThat(config.ussd().hopBudget()).isEqualTo(Duration.ofMillis(4500));
    assertThat(config.pin().lockDuration()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void dashedKeysMapToUpperCaseUnderscoredEnvironmentNames() {
    Map<String, String> env = Map.of(
        "STARHASH_USSD_SCREEN_LIMIT_UCS2", "70",
        "STARHASH_USSD_FLOWS_RELOAD_INTERVAL", "10s",
        "STARHASH_REDIS_REQUEST_QUEUE_SIZE", "500",
        "STARHASH_LIMITS_MAX_TRANSACTION", "20.00");

    StarhashConfig config = ConfigLoader.load(Optional.empty(), env, Map.of());

    assertThat(config.ussd().screenLimitUcs2()).isEqualTo(70);
    assertThat(config.ussd().flowsReloadInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.redis().requestQueueSize()).isEqualTo(500);
    assertThat(config.money().maxTransaction()).isEqualByComparingTo("20");
  }

  @Test
  void unknownStarhashVariablesAndOthersInTheEnvironmentAreIgnored() {
    Map<String, String> env = Map.of(
        "STARHASH_NO_SUCH_KEY", "whatever",
        "STARHASH_USSD_SESION_TTL", "nonsense",
        "ussd.session-ttl", "nonsense",
        "PATH", "/usr/bin");

    StarhashConfig config = ConfigLoader.load(Optional.empty(), env, Map.of());

    assertThat(config).isEqualTo(StarhashConfig.defaults());
  }

  @Test
  void valuesAreStrippedAndChoicesAndCodesAcceptAnyCase() {
    Map<String, String> sets = Map.of(
        "log.level", " warn ", "phone.country", "ke", "money.currency", "kes", "server.port", "0");

    StarhashConfig config = ConfigLoader.load(Optional.empty(), Map.of(), sets);

    assertThat(config.log().level()).isEqualTo(LogLevel.WARN);
    assertThat(config.phone().country()).isEqualTo("KE");
    assertThat(config.money().currency()).isEqualTo(Currency.getInstance("KES"));
    assertThat(config.server().port()).isZero();
  }

  @Test
  void emptyTextMeansNoneForOptionalKeysSoEnvironmentCanSwitchRedisOff() throws IOException {
    Path file = yaml("redis:\n  url: redis://127.0.0.1:6379\nussd:\n  flows-dir:\n");

    StarhashConfig config =
        ConfigLoader.load(Optional.of(file), Map.of("STARHASH_REDIS_URL", ""), Map.of());

    assertThat(config.redis().url()).isEmpty();
    assertThat(config.ussd().flowsDir()).isEmpty();
  }

  @Test
  void emptyFileAndEmptySectionsAreFine() throws IOException {
    assertThat(ConfigLoader.load(Optional.of(yaml("")), Map.of(), Map.of()))
        .isEqualTo(StarhashConfig.defaults());
    assertThat(ConfigLoader.load(Optional.of(yaml("# all defaults\nussd:\nredis: {}\n")),
        Map.of(), Map.of())).isEqualTo(StarhashConfig.defaults());
  }

  @Test
  void zeroThreadsMeansTwicePerCore() {
    int twice = 2 * Runtime.getRuntime().availableProcessors();
    StarhashConfig defaults = StarhashConfig.defaults();
    StarhashConfig set = ConfigLoader.load(Optional.empty(), Map.of(),
        Map.of("server.io-threads", "3", "ussd.worker-threads", "7"));

    assertThat(defaults.server().ioThreadCount()).isEqualTo(twice);
    assertThat(defaults.ussd().workerThreadCount()).isEqualTo(twice);
    assertThat(set.server().ioThreadCount()).isEqualTo(3);
    assertThat(set.ussd().workerThreadCount()).isEqualTo(7);
  }
}
