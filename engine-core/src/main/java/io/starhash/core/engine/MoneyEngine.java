package io.starhash.core.engine;

import io.starhash.core.api.PartnerApi;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationService;
import io.starhash.core.partner.NotificationStore;
import io.starhash.core.partner.PartnerDirectory;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.sms.SmsSender;
import io.starhash.core.subscriber.SubscriberService;
import io.starhash.core.token.TokenService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real money engine: subscribers and PINs, tokens, two-party operations and the MMO,
 * behind the two faces the channels use: the {@link EffectPort} of the flows (customers on
 * USSD) and the {@link PartnerApi} (agents and merchants over REST).
 *
 * <p>Thread-safe. {@link #start()} once, before traffic: it subscribes to late MMO results and
 * resumes every journaled transaction without a final state.
 */
public final class MoneyEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MoneyEngine.class);

  private final CustomerEffects effects;
  private final PartnerApiService partnerApi;
  private final Settlement settlement;
  private final OperationService operations;
  private final Notifier notifier;
  private final MmoGateway mmo;

  private java.util.concurrent.ExecutorService owned;

  /** What surrounds the engine: the MMO, SMS, phone numbers, time and metrics. */
  public record Environment(MmoGateway mmo, SmsSender sms, PhoneNumbers phones, Clock clock,
      io.micrometer.core.instrument.MeterRegistry meters) {}

  /** The engine's rules. */
  public record Config(EngineSettings engine, io.starhash.core.token.TokenSettings tokens,
      io.starhash.core.subscriber.SubscriberSettings subscribers, java.time.Duration approvalTimeout,
      io.starhash.core.money.PinHasher hasher) {}

  /**
   * Builds the engine over {@code stores}. PIN hashing runs on a small pool of its own (a few
   * milliseconds of CPU per check), closed by {@link #close()}.
   */
  public static MoneyEngine assemble(EngineStores stores, Environment env, Config config) {
    java.util.concurrent.ExecutorService hashing = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
          Thread t = new Thread(r, "starhash-pin");
          t.setDaemon(true);
          return t;
        });
    SubscriberService subscribers = SubscriberService.builder(stores.subscribers(), stores.audit())
        .settings(config.subscribers()).hasher(config.hasher()).clock(env.clock()).meters(env.meters())
        .executor(hashing).build();
    TokenService tokens = TokenService.create(config.tokens(), stores.tokens(), env.phones(), env.clock(),
        env.meters());
    MoneyEngine engine = new MoneyEngine(new Parts(subscribers, tokens,
        new OperationService(stores.operations(), env.clock(), config.approvalTimeout()),
        new PartnerDirectory(stores.partners()), stores.notifications(), env.mmo(), env.sms(), env.phones(),
        env.clock(), stores.ledger(), stores.dailyTotals()), config.engine());
    engine.owned = hashing;
    return engine;
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.shutdownNow();
    }
  }

  /** Everything the engine is made of. */
  public record Parts(SubscriberService subscribers, TokenService tokens, OperationService operations,
      PartnerDirectory partners, NotificationStore notifications, MmoGateway mmo, SmsSender sms,
      PhoneNumbers phones, Clock clock, io.starhash.core.effect.EffectLedger ledger,
      io.starhash.core.limit.DailyTotals totals) {}

  public MoneyEngine(Parts p, EngineSettings settings) {
    this.operations = p.operations();
    this.mmo = p.mmo();
    this.notifier = new Notifier(p.sms(), p.notifications());
    this.settlement = new Settlement(p.operations(), p.mmo(), p.partners(), notifier);
    People people = new People(p.phones(), p.tokens(), p.subscribers());
    PinGate pins = new PinGate(p.subscribers());
    Limits limits = new Limits(settings, p.totals(), p.clock());
    Payer payer = new Payer(p.subscribers(), pins, limits, p.mmo());
    PaymentEffects payments = new PaymentEffects(new PaymentEffects.Deps(settings.currency(), p.operations(),
        p.partners(), people, payer, settlement, notifier, p.subscribers(), limits));
    this.effects = new CustomerEffects(p.ledger(), new AccountEffects(p.subscribers(), p.tokens(), p.mmo(), pins), payments,
        new ApprovalEffects(p.operations(), p.partners(), payer, settlement, notifier, payments));
    this.partnerApi = new PartnerApiService(new PartnerApiService.Deps(settings, p.operations(), p.partners(),
        people, settlement, notifier, p.tokens(), p.subscribers(), p.notifications()));
  }

  /** Subscribes to late MMO results and resumes unfinished transactions; completes with how many. */
  public CompletionStage<Integer> start() {
    mmo.addListener(settlement);
    return mmo.resume().whenComplete((n, e) -> {
      if (e != null) {
        log.error("resuming journaled MMO transactions failed", e);
      } else if (n > 0) {
        log.info("resumed {} journaled MMO transaction(s)", n);
      }
    });
  }

  public EffectPort effects() {
    return effects;
  }

  public PartnerApi partnerApi() {
    return partnerApi;
  }

  /** Expires every operation nobody answered in time and tells the parties; a scheduler calls it. */
  public CompletionStage<List<Operation>> expireOverdue() {
    return operations.expireOverdue().thenApply(expired -> {
      expired.forEach(notifier::finalState);
      return expired;
    });
  }
}
