package io.starhash.server.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.engine.DemoData;
import io.starhash.core.engine.EngineSettings;
import io.starhash.core.engine.EngineStores;
import io.starhash.core.engine.MoneyEngine;
import io.starhash.core.mmo.HttpMmoGateway;
import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.mmo.MmoSettings;
import io.starhash.core.money.Money;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.sms.SmsSender;
import io.starhash.core.subscriber.KycTier;
import io.starhash.core.subscriber.SubscriberSettings;
import io.starhash.server.config.StarhashConfig;
import io.starhash.sim.mmo.DemoAccounts;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.mmo.MmoSimulatorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money side of the process: the MMO (the configured {@code mmo.url}, or the MMO simulator
 * in-process with the demo's accounts when it is empty), the MMAPI gateway with its journal, and
 * the money engine over the given stores.
 */
final class MoneyWiring implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MoneyWiring.class);
  /** PBKDF2 iterations of PIN hashes: a few milliseconds per check on a server core. */
  static final int PIN_ITERATIONS = 20_000;

  private final MmoSimulator simulator;
  private final HttpMmoGateway gateway;
  private final MoneyEngine engine;

  MoneyWiring(StarhashConfig config, EngineStores stores, URI callbackBase, SmsSender sms, Clock clock,
      MeterRegistry meters) {
    String currency = config.money().currency().getCurrencyCode();
    this.simulator = config.mmo().url().isEmpty() ? startSimulator(config, currency) : null;
    URI mmoUrl = config.mmo().url().orElseGet(() -> simulator.baseUrl());
    MmoSettings mmo = new MmoSettings(mmoUrl, Optional.of(callbackBase), config.mmo().requestTimeout(),
        config.mmo().finalWait(), config.mmo().maxPostAttempts(), MmoSettings.DEFAULT_POLL_INITIAL,
        MmoSettings.DEFAULT_POLL_MAX, MmoSettings.DEFAULT_FOLLOW_FOR);
    this.gateway = new HttpMmoGateway(mmo, stores.journal(), clock, meters);
    try {
      this.engine = engine(config, stores, new MoneyEngine.Environment(forEngine(config, currency), sms,
          new PhoneNumbers(config.phone().country()), clock, meters), currency);
    } catch (RuntimeException e) {
      gateway.close();
      if (simulator != null) {
        simulator.close();
      }
      throw e;
    }
    if (config.tokens().secret().isEmpty()) {
      log.warn("tokens.secret is not set: tokens use the demo secret; set it in production");
    }
  }

  private MmoGateway forEngine(StarhashConfig config, String currency) {
    return simulator == null ? gateway
        : new DemoAccountOpening(gateway, simulator, money(config.demo().openingBalance(), currency));
  }

  private MoneyEngine engine(StarhashConfig config, EngineStores stores, MoneyEngine.Environment env,
      String currency) {
    PinHasher hasher = new PinHasher(PIN_ITERATIONS);
    if (simulator != null) {
      DemoData.seed(stores, hasher, env.clock(), config.demo().pin()).toCompletableFuture().join();
    }
    return MoneyEngine.assemble(stores, env, new MoneyEngine.Config(engineSettings(config, currency),
        config.tokens().settings(), subscriberSettings(config, currency), config.operations().approvalTimeout(),
        hasher));
  }

  private static MmoSimulator startSimulator(StarhashConfig config, String currency) {
    try {
      MmoSimulator sim = MmoSimulator.start(MmoSimulatorSettings.defaults().withHost(config.server().host())
          .withCurrency(currency));
      DemoAccounts.open(sim, money(config.demo().openingBalance(), currency),
          money(config.demo().agentFloat(), currency));
      log.warn("mmo.url is not set: using the built-in MMO simulator at {} (demo only)", sim.baseUrl());
      return sim;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the MMO simulator", e);
    }
  }

  private static EngineSettings engineSettings(StarhashConfig config, String currency) {
    return new EngineSettings(currency, money(config.money().maxTransaction(), currency), Map.of(
        KycTier.TIER_0, money(config.money().dailyTier0(), currency),
        KycTier.TIER_1, money(config.money().dailyTier1(), currency),
        KycTier.TIER_2, money(config.money().dailyTier2(), currency)));
  }

  private static SubscriberSettings subscriberSettings(StarhashConfig config, String currency) {
    SubscriberSettings d = SubscriberSettings.defaults();
    return new SubscriberSettings(config.pin().length(), config.pin().maxAttempts(), config.pin().lockDuration(),
        d.stagedTtl(), engineSettings(config, currency).dailyLimits());
  }

  static Money money(BigDecimal amount, String currency) {
    return Money.parse(amount.toPlainString(), currency).orElseThrow(() ->
        new IllegalArgumentException("not an amount in " + currency + ": " + amount));
  }

  MoneyEngine engine() {
    return engine;
  }

  MmoGateway gateway() {
    return gateway;
  }

  /** The in-process MMO simulator, when {@code mmo.url} is not set. */
  Optional<MmoSimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  @Override
  public void close() {
    engine.close();
    gateway.close();
    if (simulator != null) {
      simulator.close();
    }
  }
}
