package io.starhash.flows.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.money.DemoMoneySettings;
import io.starhash.core.money.InMemoryMoneyEffects;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.session.InMemorySessionStore;
import io.starhash.core.session.SessionStore;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.flows.FlowEngine;
import io.starhash.flows.runtime.RuntimeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The engine with in-memory stores, the in-memory money engine and a clock the test moves. */
public final class EngineFixture implements AutoCloseable {

  public static final PhoneNumbers PHONES = new PhoneNumbers("TZ");
  public static final Msisdn CUSTOMER = PHONES.parseFromNetwork("+255712000001").orElseThrow();
  public static final Msisdn OTHER = PHONES.parseFromNetwork("+255712000002").orElseThrow();

  public final MutableClock clock = MutableClock.start();
  public final SmsOutbox sms = new SmsOutbox(clock);
  public final InMemoryMoneyEffects money;
  public final SessionStore store;
  public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final FlowEngine flowEngine;

  public EngineFixture() {
    this(b -> b, null, Optional.empty(), Duration.ofSeconds(5));
  }

  /**
   * @param effects wraps the money engine (for example to slow it down)
   * @param store the session store, or null for an in-memory one on the fixture's clock
   */
  public EngineFixture(UnaryOperator<EffectPort> effects, SessionStore store, Optional<Path> flowsDir,
      Duration hopBudget) {
    this.money = new InMemoryMoneyEffects(DemoMoneySettings.defaults(), clock);
    this.store = store != null ? store : new InMemorySessionStore(clock, Duration.ofSeconds(180));
    this.flowEngine = new FlowEngine(
        new FlowEngine.Parts(this.store, effects.apply(money), sms, PHONES, clock, meters),
        new RuntimeSettings(hopBudget, io.starhash.flows.text.ScreenLimits.DEFAULT, "TZS", 4),
        flowsDir, Duration.ofHours(1), 2);
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
  }
}
