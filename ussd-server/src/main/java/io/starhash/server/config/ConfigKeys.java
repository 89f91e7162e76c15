package io.starhash.server.config;

import io.starhash.core.token.TokenSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Every key starhash understands, with its default and meaning: the one source of the config
 * documentation.
 */
public final class ConfigKeys {

  private static final List<ConfigKey<?>> REGISTRY = new ArrayList<>();
  private static final int MAX_THREADS = 1024;
  private static final int MAX_BODY = 1 << 30;

  static final ConfigKey<String> SERVER_HOST = key("server.host", "127.0.0.1",
      "interface to bind (0.0.0.0 for all)", DomainTypes.host());
  static final ConfigKey<Integer> SERVER_PORT = key("server.port", "8080",
      "HTTP port; 0 picks a free port", ValueTypes.wholeNumber(0, 65_535));
  static final ConfigKey<Integer> SERVER_IO_THREADS = key("server.io-threads", "0",
      "Netty event loop threads; 0 = 2 x cores", ValueTypes.wholeNumber(0, MAX_THREADS));
  static final ConfigKey<Integer> SERVER_MAX_BODY = key("server.max-body", "8KiB",
      "largest request body accepted (e.g. 8192, 8KiB, 1MiB)", ValueTypes.size(MAX_BODY));

  static final ConfigKey<Duration> USSD_SESSION_TTL = key("ussd.session-ttl", "180s",
      "how long a session lives after its last hop", ValueTypes.duration());
  static final ConfigKey<Duration> USSD_HOP_BUDGET = key("ussd.hop-budget", "5s",
      "longest a hop may take before the screen says the result follows by SMS",
      ValueTypes.duration());
  static final ConfigKey<Integer> USSD_SCREEN_LIMIT = key("ussd.screen-limit", "182",
      "characters per screen when the text is GSM-7", ValueTypes.wholeNumber(20, 182));
  static final ConfigKey<Integer> USSD_SCREEN_LIMIT_UCS2 = key("ussd.screen-limit-ucs2", "80",
      "characters per screen when the text needs UCS-2", ValueTypes.wholeNumber(20, 80));
  static final ConfigKey<Optional<Path>> USSD_FLOWS_DIR = key("ussd.flows-dir", "",
      "directory of flow files loaded over the built-in flows and reloaded on change;"
          + " empty = built-ins only", DomainTypes.directory());
  static final ConfigKey<Duration> USSD_FLOWS_RELOAD_INTERVAL = key(
      "ussd.flows-reload-interval", "2s",
      "how often the flows directory is checked for changes", ValueTypes.duration());
  static final ConfigKey<Integer> USSD_WORKER_THREADS = key("ussd.worker-threads", "0",
      "threads for flow steps; 0 = 2 x cores", ValueTypes.wholeNumber(0, MAX_THREADS));

  static final ConfigKey<Optional<RedisUrl>> REDIS_URL = key("redis.url", "",
      "Redis to use, e.g. redis://127.0.0.1:6379; empty = everything in memory",
      DomainTypes.redisUrl());
  static final ConfigKey<Duration> REDIS_COMMAND_TIMEOUT = key("redis.command-timeout", "500ms",
      "longest wait for one Redis command", ValueTypes.duration());
  static final ConfigKey<Duration> REDIS_CONNECT_TIMEOUT = key("redis.connect-timeout", "2s",
      "longest wait to connect to Redis", ValueTypes.duration());
  static final ConfigKey<Integer> REDIS_REQUEST_QUEUE_SIZE = key("redis.request-queue-size",
      "10000", "Redis commands that may wait for the connection before new ones fail fast",
      ValueTypes.wholeNumber(1, Integer.MAX_VALUE));

  static final ConfigKey<Optional<URI>> MMO_URL = key("mmo.url", "",
      "base URL of the MMO's GSMA Mobile Money API, e.g. https://mmo.example/v1.2/mm;"
          + " empty = the built-in MMO simulator in-process (demo and tests only)",
      HttpBaseUrl.type("https://mmo.example/v1.2/mm"));
  static final ConfigKey<Optional<URI>> MMO_CALLBACK_URL = key("mmo.callback-url", "",
      "base URL the MMO calls back (PUT {base}/{clientCorrelationId});"
          + " empty = http://HOST:PORT/mmo/callback of this server",
      HttpBaseUrl.type("https://starhash.example/mmo/callback"));
  static final ConfigKey<Duration> MMO_REQUEST_TIMEOUT = key("mmo.request-timeout", "5s",
      "longest wait for one MMO HTTP request", ValueTypes.duration());
  static final ConfigKey<Duration> MMO_FINAL_WAIT = key("mmo.final-wait", "3s",
      "how long a hop waits for a transaction's final state before saying the result follows"
          + " by SMS; shorter than ussd.hop-budget", ValueTypes.duration());
  static final ConfigKey<Integer> MMO_MAX_POST_ATTEMPTS = key("mmo.max-post-attempts", "3",
      "posts of one transaction while the MMO answers that it is unavailable",
      ValueTypes.wholeNumber(1, 10));

  static final ConfigKey<Optional<String>> TOKENS_SECRET = key("tokens.secret", "",
      "secret (at least " + TokenSettings.MIN_SECRET_LENGTH + " characters) the token encryption"
          + " and index keys derive from; empty = a fixed demo secret (never in production)",
      DomainTypes.secret(TokenSettings.MIN_SECRET_LENGTH));
  static final ConfigKey<Duration> TOKENS_QUARANTINE = key("tokens.quarantine", "90d",
      "how long a retired token cannot be issued again", ValueTypes.duration());
  static final ConfigKey<Integer> TOKENS_RESOLVE_ATTEMPTS = key("tokens.resolve-attempts", "10",
      "token look-ups one caller may make per tokens.resolve-window",
      ValueTypes.wholeNumber(1, 10_000));
  static final ConfigKey<Duration> TOKENS_RESOLVE_WINDOW = key("tokens.resolve-window", "1m",
      "the window of tokens.resolve-attempts", ValueTypes.duration());

  static final ConfigKey<String> PHONE_COUNTRY = key("phone.country", "TZ",
      "home country for phone numbers (ISO 3166 alpha-2)", DomainTypes.country());
  static final ConfigKey<Currency> MONEY_CURRENCY = key("money.currency", "TZS",
      "currency of every amount (ISO 4217)", DomainTypes.currency());
  static final ConfigKey<BigDecimal> LIMITS_MAX_TRANSACTION = key("limits.max-transaction",
      "500.00", "largest amount of a single transaction", DomainTypes.amount(false));
  static final ConfigKey<BigDecimal> LIMITS_DAILY_TIER0 = dailyLimit(0, "1000.00");
  static final ConfigKey<BigDecimal> LIMITS_DAILY_TIER1 = dailyLimit(1, "5000.00");
  static final ConfigKey<BigDecimal> LIMITS_DAILY_TIER2 = dailyLimit(2, "50000.00");

  static final ConfigKey<Integer> PIN_LENGTH = key("pin.length", "4",
      "digits in a PIN", ValueTypes.wholeNumber(4, 8));
  static final ConfigKey<Integer> PIN_MAX_ATTEMPTS = key("pin.max-attempts", "3",
      "wrong PINs in a row that lock the account", ValueTypes.wholeNumber(1, 10));
  static final ConfigKey<Duration> PIN_LOCK_DURATION = key("pin.lock-duration", "30m",
      "how long an account stays locked after too many wrong PINs", ValueTypes.duration());

  static final ConfigKey<Duration> OPERATIONS_APPROVAL_TIMEOUT = key(
      "operations.approval-timeout", "5m",
      "how long an agent or merchant operation waits for the customer's approval",
      ValueTypes.duration());

  static final ConfigKey<String> DEMO_PIN = key("demo.pin", "1234",
      "PIN of every demo subscriber (demo mode only)", DomainTypes.pin());
  static final ConfigKey<BigDecimal> DEMO_OPENING_BALANCE = key("demo.opening-balance",
      "1000.00", "balance of every demo account at start (demo mode only)",
      DomainTypes.amount(true));

  static final ConfigKey<BigDecimal> DEMO_AGENT_FLOAT = key("demo.agent-float", "100000.00",
      "opening balance of the demo agent A001's account at the simulated MMO (demo mode only)",
      DomainTypes.amount(true));

  static final ConfigKey<LogLevel> LOG_LEVEL = key("log.level", "INFO",
      "root log level (TRACE, DEBUG, INFO, WARN, ERROR)", ValueTypes.oneOf(LogLevel.class));

  private static final List<ConfigKey<?>> ALL = List.copyOf(REGISTRY);

  private ConfigKeys() {}

  /** Every key, in documentation order. */
  static List<ConfigKey<?>> all() {
    return ALL;
  }

  /** The key named {@code name} exactly, if there is one. */
  static Optional<ConfigKey<?>> find(String name) {
    return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** Whether {@code name} is a section, the first part of some keys ({@code ussd}). */
  static boolean isSection(String name) {
    return ALL.stream().anyMatch(k -> k.section().equals(name));
  }

  /** A Markdown table of every key: key | default | env var | meaning. */
  public static String describe() {
    StringBuilder table = new StringBuilder("| key | default | env var | meaning |\n")
        .append("|---|---|---|---|\n");
    for (ConfigKey<?> key : ALL) {
      String fallback = key.defaultText().isEmpty() ? "(empty)" : "`" + key.defaultText() + "`";
      table.append("| `").append(key.name()).append("` | ").append(fallback)
          .append(" | `").append(key.envName()).append("` | ")
          .append(key.description().replace("|", "\\|")).append(" |\n");
    }
    return table.toString();
  }

  private static ConfigKey<BigDecimal> dailyLimit(int tier, String defaultText) {
    return key("limits.daily-tier" + tier, defaultText,
        "daily value limit of a KYC tier " + tier + " account", DomainTypes.amount(false));
  }

  private static <T> ConfigKey<T> key(
      String name, String defaultText, String description, ValueType<T> type) {
    ConfigKey<T> key = new ConfigKey<>(name, defaultText, description, type);
    REGISTRY.add(key);
    return key;
  }
}
