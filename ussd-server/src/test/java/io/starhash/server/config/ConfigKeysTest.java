package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {

  private static final List<String> DOCUMENTED = List.of(
      "server.host", "server.port", "server.io-threads", "server.max-body",
      "ussd.session-ttl", "ussd.hop-budget", "ussd.screen-limit", "ussd.screen-limit-ucs2",
      "ussd.flows-dir", "ussd.flows-reload-interval", "ussd.worker-threads",
      "redis.url", "redis.command-timeout", "redis.connect-timeout", "redis.request-queue-size",
      "mmo.url", "mmo.callback-url", "mmo.request-timeout", "mmo.final-wait",
      "mmo.max-post-attempts",
      "tokens.secret", "tokens.quarantine", "tokens.resolve-attempts", "tokens.resolve-window",
      "phone.country", "money.currency", "limits.max-transaction",
      "limits.daily-tier0", "limits.daily-tier1", "limits.daily-tier2",
      "pin.length", "pin.max-attempts", "pin.lock-duration", "operations.approval-timeout",
      "demo.pin", "demo.opening-balance", "demo.agent-float", "log.level");

  @Test
  void theRegistryHoldsExactlyTheDocumentedKeys() {
    assertThat(ConfigKeys.all()).extracting(ConfigKey::name).containsExactlyElementsOf(DOCUMENTED);
  }

  @Test
  void describeIsAMarkdownTableWithARowPerKey() {
    List<String> lines = ConfigKeys.describe().lines().toList();

    assertThat(lines).hasSize(2 + DOCUMENTED.size());
    assertThat(lines.get(0)).isEqualTo("| key | default | env var | meaning |");
    assertThat(lines).contains(
        "| `ussd.session-ttl` | `180s` | `STARHASH_USSD_SESSION_TTL`"
            + " | how long a session lives after its last hop |",
        "| `redis.url` | (empty) | `STARHASH_REDIS_URL`"
            + " | Redis to use, e.g. redis://127.0.0.1:6379; empty = everything in memory |",
        "| `tokens.quarantine` | `90d` | `STARHASH_TOKENS_QUARANTINE`"
            + " | how long a retired token cannot be issued again |",
        "| `limits.daily-tier1` | `5000.00` | `STARHASH_LIMITS_DAILY_TIER1`"
            + " | daily value limit of a KYC tier 1 account |");
    for (ConfigKey<?> key : ConfigKeys.all()) {
      assertThat(lines).anySatisfy(line -> assertThat(line)
          .startsWith("| `" + key.name() + "` |")
          .contains("`" + key.envName() + "`")
          .endsWith(key.description() + " |"));
    }
  }

  @Test
  void environmentNamesAreUpperCaseWithUnderscoresAndUnique() {
    assertThat(ConfigKeys.find("ussd.screen-limit-ucs2")).map(ConfigKey::envName)
        .contains("STARHASH_USSD_SCREEN_LIMIT_UCS2");
    assertThat(ConfigKeys.all()).extracting(ConfigKey::envName)
        .allMatch(name -> name.matches("STARHASH_[A-Z0-9_]+"))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyDefaultIsAcceptedByItsOwnType() {
    for (ConfigKey<?> key : ConfigKeys.all()) {
      assertThat(key.parse(key.defaultText())).as(key.name()).isNotNull();
    }
  }

  @Test
  void sectionsAreTheFirstPartsOfKeys() {
    assertThat(ConfigKeys.isSection("ussd")).isTrue();
    assertThat(ConfigKeys.isSection("limits")).isTrue();
    assertThat(ConfigKeys.isSection("session-ttl")).isFalse();
  }
}
