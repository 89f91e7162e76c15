package io.starhash.flows.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.engine.DemoData;
import io.starhash.core.engine.EngineSettings;
import io.starhash.core.engine.EngineStores;
import io.starhash.core.engine.MoneyEngine;
import io.starhash.core.mmo.HttpMmoGateway;
import io.starhash.core.mmo.MmoSettings;
import io.starhash.core.money.Money;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.session.InMemorySessionStore;
import io.starhash.core.session.SessionStore;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.core.subscriber.KycTier;
import io.starhash.core.subscriber.SubscriberSettings;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.token.TokenSettings;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.flows.FlowEngine;
import io.starhash.flows.runtime.RuntimeSettings;
import io.starhash.flows.text.ScreenLimits;
import io.starhash.sim.mmo.DemoAccounts;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.mmo.MmoSimulatorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The engine as the demo runs it, in one test: in-memory stores, the real money engine, the MMO
 * simulator on a free loopback port (the gateway polls it; there is no callback server here),
 * the demo customers, agent and merchant, and a clock the test moves.
 */
public final class EngineFixture implements AutoCloseable {

  public static final PhoneNumbers PHONES = new PhoneNumbers("TZ");
  public static final Msisdn CUSTOMER = DemoData.CUSTOMERS.get(0).msisdn();
  public static final Msisdn OTHER = DemoData.CUSTOMERS.get(1).msisdn();
  public static final String PIN = "1234";
  public static final Money OPENING = money("1000.00");

  public final MutableClock clock = MutableClock.start();
  public final SmsOutbox sms = new SmsOutbox(clock);
  public final SessionStore store;
  public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  public final MmoSimulator mmo;
  public final EngineStores stores = EngineStores.inMemory(clock);
  public final MoneyEngine money;
  private final HttpMmoGateway gateway;
  private final FlowEngine flowEngine;

  public EngineFixture() {
    this(b -> b, null, Optional.empty(), Duration.ofSeconds(5));
  }

  /**
   * @param effects wraps the money engine's effects (for example to slow them down)
   * @param store the session store, or null for an in-memory one on the fixture's clock
   */
  public EngineFixture(UnaryOperator<EffectPort> effects, SessionStore store, Optional<Path> flowsDir,
      Duration hopBudget) {
    try {
      this.mmo = MmoSimulator.start(MmoSimulatorSettings.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DemoAccounts.open(mmo, OPENING, money("100000.00"));
    MmoSettings mmoSettings = new MmoSettings(mmo.baseUrl(), Optional.empty(), Duration.ofSeconds(2),
        Duration.ofSeconds(2), 3, Duration.ofMillis(5), Duration.ofMillis(200), Duration.ofMinutes(1));
    this.gateway = new HttpMmoGateway(mmoSettings, stores.journal(), Clock.systemUTC(), meters);
    PinHasher hasher = new PinHasher(1_000);
    DemoData.seed(stores, hasher, clock, PIN).toCompletableFuture().join();
    this.money = MoneyEngine.assemble(stores,
        new MoneyEngine.Environment(gateway, sms, PHONES, clock, meters),
        new MoneyEngine.Config(settings(), TokenSettings.demo(), SubscriberSettings.defaults(),
            Duration.ofMinutes(5), hasher));
    money.start().toCompletableFuture().join();
    this.store = store != null ? store : new InMemorySessionStore(clock, Duration.ofSeconds(180));
    this.flowEngine = new FlowEngine(
        new FlowEngine.Parts(this.store, effects.apply(money.effects()), sms, PHONES, clock, meters),
        new RuntimeSettings(hopBudget, ScreenLimits.DEFAULT, "TZS", 4), flowsDir, Duration.ofHours(1), 2);
  }

  /** Daily limits above the opening balance, so that tests can spend it all. */
  static EngineSettings settings() {
    return new EngineSettings("TZS", money("500.00"), Map.of(KycTier.TIER_0, money("5000.00"),
        KycTier.TIER_1, money("10000.00"), KycTier.TIER_2, money("50000.00")));
  }

  public static Money money(String amount) {
    return Money.parse(amount, "TZS").orElseThrow();
  }

  public UssdEngine engine() {
    return flowEngine.engine();
  }

  public FlowEngine flows() {
    return flowEngine;
  }

  @Override
  public void close() {
    flowEngine.close();
    store.close();
    money.close();
    gateway.close();
    mmo.close();
  }
}
