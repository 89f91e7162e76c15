package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.DEMO_AGENT_FLOAT;
import static io.starhash.server.config.ConfigKeys.DEMO_OPENING_BALANCE;
import static io.starhash.server.config.ConfigKeys.DEMO_PIN;
import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER0;
import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER1;
import static io.starhash.server.config.ConfigKeys.LIMITS_DAILY_TIER2;
import static io.starhash.server.config.ConfigKeys.LIMITS_MAX_TRANSACTION;
import static io.starhash.server.config.ConfigKeys.LOG_LEVEL;
import static io.starhash.server.config.ConfigKeys.MMO_CALLBACK_URL;
import static io.starhash.server.config.ConfigKeys.MMO_FINAL_WAIT;
import static io.starhash.server.config.ConfigKeys.MMO_MAX_POST_ATTEMPTS;
import static io.starhash.server.config.ConfigKeys.MMO_REQUEST_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.MMO_URL;
import static io.starhash.server.config.ConfigKeys.MONEY_CURRENCY;
import static io.starhash.server.config.ConfigKeys.OPERATIONS_APPROVAL_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.PHONE_COUNTRY;
import static io.starhash.server.config.ConfigKeys.PIN_LENGTH;
import static io.starhash.server.config.ConfigKeys.PIN_LOCK_DURATION;
import static io.starhash.server.config.ConfigKeys.PIN_MAX_ATTEMPTS;
import static io.starhash.server.config.ConfigKeys.REDIS_COMMAND_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.REDIS_CONNECT_TIMEOUT;
import static io.starhash.server.config.ConfigKeys.REDIS_REQUEST_QUEUE_SIZE;
import static io.starhash.server.config.ConfigKeys.REDIS_URL;
import static io.starhash.server.config.ConfigKeys.SERVER_HOST;
import static io.starhash.server.config.ConfigKeys.SERVER_IO_THREADS;
import static io.starhash.server.config.ConfigKeys.SERVER_MAX_BODY;
import static io.starhash.server.config.ConfigKeys.SERVER_PORT;
import static io.starhash.server.config.ConfigKeys.TOKENS_QUARANTINE;
import static io.starhash.server.config.ConfigKeys.TOKENS_RESOLVE_ATTEMPTS;
import static io.starhash.server.config.ConfigKeys.TOKENS_RESOLVE_WINDOW;
import static io.starhash.server.config.ConfigKeys.TOKENS_SECRET;
import static io.starhash.server.config.ConfigKeys.USSD_FLOWS_DIR;
import static io.starhash.server.config.ConfigKeys.USSD_FLOWS_RELOAD_INTERVAL;
import static io.starhash.server.config.ConfigKeys.USSD_HOP_BUDGET;
import static io.starhash.server.config.ConfigKeys.USSD_SCREEN_LIMIT;
import static io.starhash.server.config.ConfigKeys.USSD_SCREEN_LIMIT_UCS2;
import static io.starhash.server.config.ConfigKeys.USSD_SESSION_TTL;
import static io.starhash.server.config.ConfigKeys.USSD_WORKER_THREADS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds the record tree from parsed values, collecting the problems of every section. */
final class ConfigAssembler {

  private final ParsedValues v;
  private final List<String> problems = new ArrayList<>();

  private ConfigAssembler(ParsedValues values) {
    this.v = values;
  }

  /** @throws ConfigException listing every rule the values break together */
  static StarhashConfig assemble(ParsedValues values) {
    return new ConfigAssembler(values).assemble();
  }

  private StarhashConfig assemble() {
    ServerConfig server = section(() -> new ServerConfig(v.get(SERVER_HOST), v.get(SERVER_PORT),
        v.get(SERVER_IO_THREADS), v.get(SERVER_MAX_BODY)));
    UssdConfig ussd = section(() -> new UssdConfig(v.get(USSD_SESSION_TTL), v.get(USSD_HOP_BUDGET),
        v.get(USSD_SCREEN_LIMIT), v.get(USSD_SCREEN_LIMIT_UCS2), v.get(USSD_FLOWS_DIR),
        v.get(USSD_FLOWS_RELOAD_INTERVAL), v.get(USSD_WORKER_THREADS)));
    RedisConfig redis = section(() -> new RedisConfig(v.get(REDIS_URL),
        v.get(REDIS_COMMAND_TIMEOUT), v.get(REDIS_CONNECT_TIMEOUT),
        v.get(REDIS_REQUEST_QUEUE_SIZE)));
    MmoConfig mmo = section(() -> new MmoConfig(v.get(MMO_URL), v.get(MMO_CALLBACK_URL),
        v.get(MMO_REQUEST_TIMEOUT), v.get(MMO_FINAL_WAIT), v.get(MMO_MAX_POST_ATTEMPTS)));
    TokenConfig tokens = section(() -> new TokenConfig(v.get(TOKENS_SECRET),
        v.get(TOKENS_QUARANTINE), v.get(TOKENS_RESOLVE_ATTEMPTS), v.get(TOKENS_RESOLVE_WINDOW)));
    PhoneConfig phone = section(() -> new PhoneConfig(v.get(PHONE_COUNTRY)));
    MoneyConfig money = section(() -> new MoneyConfig(v.get(MONEY_CURRENCY),
        v.get(LIMITS_MAX_TRANSACTION), v.get(LIMITS_DAILY_TIER0), v.get(LIMITS_DAILY_TIER1),
        v.get(LIMITS_DAILY_TIER2)));
    PinConfig pin = section(() -> new PinConfig(v.get(PIN_LENGTH), v.get(PIN_MAX_ATTEMPTS),
        v.get(PIN_LOCK_DURATION)));
    OperationsConfig operations =
        section(() -> new OperationsConfig(v.get(OPERATIONS_APPROVAL_TIMEOUT)));
    DemoConfig demo = section(() -> new DemoConfig(v.get(DEMO_PIN), v.get(DEMO_OPENING_BALANCE),
        v.get(DEMO_AGENT_FLOAT)));
    LogConfig log = section(() -> new LogConfig(v.get(LOG_LEVEL)));
    problems.addAll(CrossChecks.betweenSections(v.get(PIN_LENGTH), v.get(MONEY_CURRENCY),
        v.get(DEMO_PIN), v.get(DEMO_OPENING_BALANCE), v.get(DEMO_AGENT_FLOAT),
        v.get(USSD_HOP_BUDGET), v.get(MMO_FINAL_WAIT)));
    ConfigException.throwIfAny(problems);
    return new StarhashConfig(
        server, ussd, redis, mmo, tokens, phone, money, pin, operations, demo, log);
  }

  private <T> T section(Supplier<T> build) {
    try {
      return build.get();
    } catch (ConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
