package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.token.TokenSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmoTokensLimitsConfigTest {

  private static final String SECRET = "0123456789abcdefghij0123456789ab";

  @TempDir Path dir;

  private static StarhashConfig withSets(Map<String, String> sets) {
    return ConfigLoader.load(Optional.empty(), Map.of(), sets);
  }

  @Test
  void fileEnvironmentAndSetOverrideTheDefaultsOfTheNewKeys() throws IOException {
    Path file = Files.writeString(dir.resolve("starhash.yaml"), """
        mmo: {url: "https://mmo.example/v1.2/mm", max-post-attempts: 5, final-wait: 2s}
        tokens:
          quarantine: 30d
          resolve-attempts: 20
        limits.daily-tier0: 800.00
        demo: {agent-float: 250000}
        """);
    Map<String, String> env = Map.of(
        "STARHASH_MMO_CALLBACK_URL", "http://10.0.0.5:8080/mmo/callback",
        "STARHASH_MMO_REQUEST_TIMEOUT", "2500ms",
        "STARHASH_MMO_MAX_POST_ATTEMPTS", "7",
        "STARHASH_TOKENS_RESOLVE_WINDOW", "30s",
        "STARHASH_LIMITS_DAILY_TIER1", "7500.50");
    Map<String, String> sets = Map.of(
        "mmo.max-post-attempts", "10",
        "tokens.secret", SECRET,
        "tokens.resolve-attempts", "10000",
        "limits.daily-tier2", "99999");

    StarhashConfig config = ConfigLoader.load(Optional.of(file), env, sets);

    assertThat(config.mmo()).isEqualTo(new MmoConfig(
        Optional.of(URI.create("https://mmo.example/v1.2/mm")),
        Optional.of(URI.create("http://10.0.0.5:8080/mmo/callback")),
        Duration.ofMillis(2500), Duration.ofSeconds(2), 10));
    assertThat(config.tokens()).isEqualTo(new TokenConfig(Optional.of(SECRET),
        Duration.ofDays(30), 10_000, Duration.ofSeconds(30)));
    assertThat(config.money().dailyLimit(0)).isEqualByComparingTo("800");
    assertThat(config.money().dailyLimit(1)).isEqualByComparingTo("7500.50");
    assertThat(config.money().dailyLimit(2)).isEqualByComparingTo("99999");
    assertThat(config.money().maxTransaction()).isEqualByComparingTo("500");
    assertThat(config.demo().agentFloat()).isEqualByComparingTo("250000");
  }

  @Test
  void aTrailingSlashOfABaseUrlIsDropped() {
    StarhashConfig config = withSets(Map.of("mmo.url", "https://mmo.example/v1.2/mm/",
        "mmo.callback-url", "https://starhash.example//"));

    assertThat(config.mmo().url()).contains(URI.create("https://mmo.example/v1.2/mm"));
    assertThat(config.mmo().callbackUrl()).contains(URI.create("https://starhash.example"));
  }

  @Test
  void theCallbackBaseIsTheSetUrlOrDerivedFromTheServersAddress() {
    MmoConfig derived = StarhashConfig.defaults().mmo();
    MmoConfig set =
        withSets(Map.of("mmo.callback-url", "https://starhash.example/cb")).mmo();

    assertThat(derived.callbackBase("127.0.0.1", 8080))
        .isEqualTo(URI.create("http://127.0.0.1:8080/mmo/callback"));
    assertThat(derived.callbackBase("::1", 9090))
        .isEqualTo(URI.create("http://[::1]:9090/mmo/callback"));
    assertThat(derived.callbackBase("starhash.internal", 80))
        .isEqualTo(URI.create("http://starhash.internal:80/mmo/callback"));
    assertThat(set.callbackBase("127.0.0.1", 8080))
        .isEqualTo(URI.create("https://starhash.example/cb"));
  }

  @Test
  void thereIsADailyLimitForTiersZeroToTwoOnly() {
    MoneyConfig money = StarhashConfig.defaults().money();

    assertThat(money.dailyLimit(0)).isEqualByComparingTo("1000");
    assertThat(money.dailyLimit(1)).isEqualByComparingTo("5000");
    assertThat(money.dailyLimit(MoneyConfig.MAX_TIER)).isEqualByComparingTo("50000");
    assertThatThrownBy(() -> money.dailyLimit(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no KYC tier 3 (0 to 2)");
    assertThatThrownBy(() -> money.dailyLimit(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokenSettingsUseTheDemoSecretOnlyWhenNoSecretIsSet() {
    TokenSettings demo = StarhashConfig.defaults().tokens().settings();
    TokenSettings own = withSets(Map.of("tokens.secret", SECRET, "tokens.quarantine", "1d"))
        .tokens().settings();

    assertThat(demo.usesDemoSecret()).isTrue();
    assertThat(demo.quarantine()).isEqualTo(Duration.ofDays(90));
    assertThat(StarhashConfig.defaults().tokens()).hasToString("TokenConfig[secret=<demo>,"
        + " quarantine=PT2160H, resolveAttempts=10, resolveWindow=PT1M]");
    assertThat(own.usesDemoSecret()).isFalse();
    assertThat(own.secret()).isEqualTo(SECRET);
    assertThat(own.quarantine()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void recordsBuiltInCodeAreCheckedByTheSameRules() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new MmoConfig(Optional.of(URI.create("ftp://mmo.example")),
        Optional.empty(), s, s, 3)).isInstanceOf(ConfigException.class).hasMessage(
            "mmo.url: is not an http:// or https:// URL (use e.g. https://mmo.example/v1.2/mm)");
    assertThatThrownBy(() -> new MmoConfig(Optional.empty(),
        Optional.of(URI.create("http://h/cb/")), s, s, 3)).hasMessage("mmo.callback-url:"
            + " must not end with / (use e.g. https://starhash.example/mmo/callback)");
    assertThatThrownBy(() -> new MmoConfig(Optional.empty(), Optional.empty(), s, null, 3))
        .hasMessage("mmo.final-wait: is missing");
    assertThatThrownBy(() -> new TokenConfig(Optional.of(" ".repeat(40)), s, 10, s))
        .isInstanceOf(ConfigException.class)
        .hasMessage("tokens.secret: must have at least 32 characters");
    assertThatThrownBy(() -> new MoneyConfig(Currency.getInstance("JPY"), BigDecimal.TEN,
        new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.TEN)).hasMessage(
            "limits.daily-tier0: has more decimals than JPY allows (0)");
    assertThatThrownBy(() -> new DemoConfig("1234", BigDecimal.ONE, new BigDecimal("-1")))
        .hasMessage("demo.agent-float: must not be negative");
  }

  @Test
  void aWholeConfigBuiltInCodeKeepsTheFinalWaitUnderTheHopBudget() {
    StarhashConfig d = StarhashConfig.defaults();
    MmoConfig slow = new MmoConfig(Optional.empty(), Optional.empty(), Duration.ofSeconds(5),
        d.ussd().hopBudget(), 3);

    assertThatThrownBy(() -> new StarhashConfig(d.server(), d.ussd(), d.redis(), slow,
        d.tokens(), d.phone(), d.money(), d.pin(), d.operations(), d.demo(), d.log()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("mmo.final-wait: must be shorter than ussd.hop-budget");
  }
}
