package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigErrorsTest {

  @TempDir Path dir;

  private static ConfigException failure(Optional<Path> file, Map<String, String> env,
      Map<String, String> sets) {
    try {
      ConfigLoader.load(file, env, sets);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("the config was accepted");
  }

  private static ConfigException failureOfSet(String key, String value) {
    return failure(Optional.empty(), Map.of(), Map.of(key, value));
  }

  private Path yaml(String text) throws IOException {
    return Files.writeString(dir.resolve("starhash.yaml"), text);
  }

  @Test
  void aBadDurationIsNamedWithItsKeyValueExampleAndOrigin() {
    ConfigException e = failure(Optional.empty(),
        Map.of("STARHASH_USSD_HOP_BUDGET", "5 seconds"), Map.of());

    assertThat(e.problems()).containsExactly("ussd.hop-budget: '5 seconds' is not a duration"
        + " (use e.g. 500ms, 5s, 2m) [env STARHASH_USSD_HOP_BUDGET]");
    assertThat(e).hasMessage(e.problems().get(0));
  }

  @ParameterizedTest(name = "{0} = ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      ussd.session-ttl          | 0s            | '0s' must be positive
      ussd.session-ttl          | 3w            | '3w' is not a duration (use e.g. 500ms, 5s, 2m)
      ussd.flows-reload-interval| -2s           | '-2s' is not a duration
      server.port               | 65536         | '65536' must be between 0 and 65535
      server.port               | http          | 'http' is not a whole number
      server.io-threads         | -1            | '-1' must be between 0 and 1024
      redis.request-queue-size  | 0             | '0' must be at least 1
      redis.request-queue-size  | 99999999999   | '99999999999' is not a whole number
      ussd.screen-limit         | 200           | '200' must be between 20 and 182
      server.max-body           | 8KB           | '8KB' is not a size (use e.g. 8192, 8KiB, 1MiB)
      server.max-body           | 2GiB          | '2GiB' is too large
      server.max-body           | 0             | '0' must be between 1 and 1073741824 bytes
      server.host               | bad_host!     | 'bad_host!' is not a host name or IP address
      server.host               | 300.1.1.1     | '300.1.1.1' is not a host name or IP address
      server.host               | fe80::zz      | 'fe80::zz' is not a host name or IP address
      redis.url                 | http://x:6379 | 'http://x:6379' is not a redis:// or rediss:// URL
      redis.url                 | redis://      | 'redis://' is not a URL
      redis.url                 | redis://h:99999 | 'redis://h:99999' has no valid host and port
      redis.url                 | redis://h/db  | 'redis://h/db' has a path that is not a database number
      phone.country             | XX            | 'XX' is not a country code (ISO 3166 alpha-2, e.g. TZ, KE, GH)
      phone.country             | TZA           | 'TZA' is not a country code
      money.currency            | TZX           | 'TZX' is not an ISO 4217 currency code (use e.g. TZS, KES, USD)
      money.currency            | XAU           | 'XAU' is not a currency of money
      limits.max-transaction    | 500,00        | '500,00' is not an amount (use e.g. 500.00)
      limits.max-transaction    | 0.00          | '0.00' must be more than 0
      limits.max-transaction    | -5            | '-5' is not an amount
      ussd.flows-dir            | /no/such/dir  | '/no/such/dir' is not an existing directory
      log.level                 | VERBOSE       | 'VERBOSE' is not one of TRACE, DEBUG, INFO, WARN, ERROR
      pin.length                | 3             | '3' must be between 4 and 8
      demo.opening-balance      | lots          | 'lots' is not an amount
      demo.agent-float          | -100          | '-100' is not an amount
      mmo.url                   | ftp://mmo.example | 'ftp://mmo.example' is not an http:// or https:// URL
      mmo.url                   | mmo.example/v1 | 'mmo.example/v1' is not an http:// or https:// URL
      mmo.url                   | https://mmo example | 'https://mmo example' is not a URL
      mmo.url                   | https://h:99999 | 'https://h:99999' has no valid host and port
      mmo.url                   | https://bad_host/mm | 'https://bad_host/mm' has no valid host and port
      mmo.url                   | https://h/mm?x=1 | 'https://h/mm?x=1' must not have a query or fragment
      mmo.callback-url          | redis://h:6379 | 'redis://h:6379' is not an http:// or https:// URL
      mmo.callback-url          | http:///cb    | 'http:///cb' has no valid host and port
      mmo.request-timeout       | 0ms           | '0ms' must be positive
      mmo.final-wait            | soon          | 'soon' is not a duration
      mmo.max-post-attempts     | 0             | '0' must be between 1 and 10
      mmo.max-post-attempts     | 11            | '11' must be between 1 and 10
      tokens.secret             | too-short     | the value must have at least 32 characters
      tokens.quarantine         | 90 days       | '90 days' is not a duration
      tokens.resolve-attempts   | 0             | '0' must be between 1 and 10000
      tokens.resolve-attempts   | 10001         | '10001' must be between 1 and 10000
      tokens.resolve-window     | 0d            | '0d' must be positive
      limits.daily-tier0        | 0             | '0' must be more than 0
      limits.daily-tier1        | 5k            | '5k' is not an amount
      limits.daily-tier2        | -1            | '-1' is not an amount
      """)
  void everyKindOfBadValueNamesItsKey(String key, String value, String problem) {
    ConfigException e = failureOfSet(key, value);

    assertThat(e.problems()).singleElement(STRING)
        .startsWith(key + ": " + problem)
        .endsWith("[--set]");
  }

  @Test
  void anEmptyValueOfARequiredKeyIsRefused() {
    assertThat(failureOfSet("ussd.hop-budget", " ").problems())
        .containsExactly("ussd.hop-budget: '' is not a duration (use e.g. 500ms, 5s, 2m) [--set]");
  }

  @Test
  void everyProblemFromEverySourceIsReportedTogether() throws IOException {
    Path file = yaml("""
        server:
          port: 70000
        ussd:
          sesion-ttl: 3m
        """);
    ConfigException e = failure(Optional.of(file),
        Map.of("STARHASH_PIN_MAX_ATTEMPTS", "many"),
        Map.of("log.level", "LOUD"));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        "ussd.sesion-ttl: unknown key (did you mean ussd.session-ttl?) [" + file + ":4]",
        "server.port: '70000' must be between 0 and 65535 [" + file + ":2]",
        "pin.max-attempts: 'many' is not a whole number [env STARHASH_PIN_MAX_ATTEMPTS]",
        "log.level: 'LOUD' is not one of TRACE, DEBUG, INFO, WARN, ERROR [--set]");
    assertThat(e.getMessage().lines()).containsExactlyElementsOf(e.problems());
  }

  @Test
  void anUnknownKeyIsNamedWithTheNearestKnownKey() {
    assertThat(failureOfSet("ussd.hop-buget", "5s").problems())
        .containsExactly("ussd.hop-buget: unknown key (did you mean ussd.hop-budget?) [--set]");
    assertThat(failureOfSet("session-ttl", "5s").problems())
        .containsExactly("session-ttl: unknown key (did you mean ussd.session-ttl?) [--set]");
    assertThat(failureOfSet("USSD_SESSION_TTL", "5s").problems())
        .containsExactly("USSD_SESSION_TTL: unknown key (did you mean ussd.session-ttl?) [--set]");
  }

  @Test
  void anUnknownKeyWithNothingCloseGetsNoSuggestion() {
    assertThat(failureOfSet("kafka.brokers", "x").problems())
        .containsExactly("kafka.brokers: unknown key [--set]");
  }

  @Test
  void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
    Path file = yaml("""
        server:
          port: 8081
          host: [unclosed
        ussd:
          session-ttl: 1m
        """);

    ConfigException e = failure(Optional.of(file), Map.of(), Map.of());

    assertThat(e.problems()).containsExactly(file + ":4: YAML syntax error:"
        + " while parsing a flow sequence; expected ',' or ']', but got :");
  }

  @Test
  void theFileMustHoldOneMappingOfSingleValuesEachSetOnce() throws IOException {
    assertThat(failure(Optional.of(yaml("- a\n- b\n")), Map.of(), Map.of()).problems())
        .containsExactly(dir.resolve("starhash.yaml")
            + ": must hold keys and values, e.g. 'ussd: {session-ttl: 180s}'");

    Path file = yaml("""
        ussd:
          session-ttl: 1m
          screen-limit: [100, 120]
        ussd.session-ttl: 2m
        """);
    assertThat(failure(Optional.of(file), Map.of(), Map.of()).problems()).containsExactly(
        "ussd.screen-limit: must be one value, not a list [" + file + ":3]",
        "ussd.session-ttl: is set twice in the file [" + file + ":4]");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");

    assertThat(failure(Optional.of(missing), Map.of(), Map.of()).problems())
        .containsExactly(missing + ": no such file");
  }

  @Test
  void rulesBetweenKeysAreCheckedOnceEachValueIsValid() {
    ConfigException e = failure(Optional.empty(), Map.of(), Map.of(
        "ussd.hop-budget", "10m",
        "ussd.screen-limit", "60",
        "pin.length", "6",
        "money.currency", "JPY",
        "limits.max-transaction", "500.50",
        "limits.daily-tier2", "50000.5",
        "demo.opening-balance", "1000.25",
        "demo.agent-float", "0.01",
        "mmo.final-wait", "10m"));

    assertThat(e.problems()).containsExactlyInAnyOrder(
        "ussd.hop-budget: must be shorter than ussd.session-ttl",
        "ussd.screen-limit-ucs2: must not be more than ussd.screen-limit (60)",
        "limits.max-transaction: has more decimals than JPY allows (0)",
        "limits.daily-tier2: has more decimals than JPY allows (0)",
        "demo.pin: must have pin.length (6) digits",
        "demo.opening-balance: has more decimals than JPY allows (0)",
        "demo.agent-float: has more decimals than JPY allows (0)",
        "mmo.final-wait: must be shorter than ussd.hop-budget");
  }

  @Test
  void theFinalWaitMustLeaveTheHopTimeToAnswer() {
    assertThat(failureOfSet("mmo.final-wait", "5s").problems())
        .containsExactly("mmo.final-wait: must be shorter than ussd.hop-budget");
    assertThat(failureOfSet("ussd.hop-budget", "2s").problems())
        .containsExactly("mmo.final-wait: must be shorter than ussd.hop-budget");
    assertThat(ConfigLoader.load(Optional.empty(), Map.of(),
        Map.of("mmo.final-wait", "4999ms")).mmo().finalWait()).isEqualTo(Duration.ofMillis(4999));
  }

  @Test
  void recordsBuiltInCodeAreCheckedByTheSameRules() {
    assertThatThrownBy(() -> new PinConfig(4, 0, Duration.ofMinutes(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("pin.max-attempts: must be between 1 and 10");
    assertThatThrownBy(() -> new PhoneConfig("tz"))
        .isInstanceOf(ConfigException.class)
        .extracting(t -> ((ConfigException) t).problems(), LIST)
        .containsExactly("phone.country: is not a country code (ISO 3166 alpha-2, e.g. TZ, KE, GH)");
    assertThatThrownBy(() -> new LogConfig(null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("log.level: is missing");
  }
}
