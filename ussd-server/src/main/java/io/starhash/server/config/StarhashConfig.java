package io.starhash.server.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole configuration of one starhash process, validated: build it with {@link
 * ConfigLoader#load}.
 *
 * <p>Immutable. {@link #toString()} masks secrets (passwords in the Redis and MMO URLs, the
 * token secret, the demo PIN).
 */
public record StarhashConfig(
    ServerConfig server,
    UssdConfig ussd,
    RedisConfig redis,
    MmoConfig mmo,
    TokenConfig tokens,
    PhoneConfig phone,
    MoneyConfig money,
    PinConfig pin,
    OperationsConfig operations,
    DemoConfig demo,
    LogConfig log) {

  /** @throws ConfigException listing each rule between sections that is broken */
  public StarhashConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(ussd, "ussd");
    Objects.requireNonNull(redis, "redis");
    Objects.requireNonNull(mmo, "mmo");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(pin, "pin");
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(demo, "demo");
    Objects.requireNonNull(log, "log");
    ConfigException.throwIfAny(CrossChecks.betweenSections(pin.length(), money.currency(),
        demo.pin(), demo.openingBalance(), demo.agentFloat(), ussd.hopBudget(), mmo.finalWait()));
  }

  /** Every key at its default: what a laptop run with no config file gets. */
  public static StarhashConfig defaults() {
    return ConfigLoader.load(Optional.empty(), Map.of(), Map.of());
  }
}
