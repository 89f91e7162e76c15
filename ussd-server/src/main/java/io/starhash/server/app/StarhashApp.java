package io.starhash.server.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.session.InMemorySessionStore;
import io.starhash.core.session.SessionStore;
import io.starhash.core.session.redis.RedisSessionStore;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.flows.FlowEngine;
import io.starhash.flows.runtime.RuntimeSettings;
import io.starhash.flows.text.ScreenLimits;
import io.starhash.server.api.ApiDeps;
import io.starhash.server.config.StarhashConfig;
import io.starhash.server.http.Health;
import io.starhash.server.http.HttpServerDeps;
import io.starhash.server.http.HttpServerSettings;
import io.starhash.server.http.UssdHttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starhash process wired from one {@link StarhashConfig}: stores (Redis when
 * {@code redis.url} is set, else memory), the money engine, the flow engine and the HTTP server.
 * {@link #close()} stops them in reverse order.
 */
public final class StarhashApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StarhashApp.class);

  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SessionStore store;
  private final SmsOutbox sms;
  private final FlowEngine flows;
  private final UssdHttpServer http;
  private final ExecutorService apiExecutor = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "starhash-api");
    t.setDaemon(true);
    return t;
  });
  private InetSocketAddress address;

  public StarhashApp(StarhashConfig config, Clock clock) {
    PhoneNumbers phones = new PhoneNumbers(config.phone().country());
    this.store = sessionStore(config, clock);
    try {
      this.sms = new SmsOutbox(clock);
      EffectPort money = DemoMoney.create(config, clock);
      this.flows = new FlowEngine(new FlowEngine.Parts(store, money, sms, phones, clock, meters),
          runtimeSettings(config), config.ussd().flowsDir(), config.ussd().flowsReloadInterval(),
          config.ussd().workerThreadCount());
      Gauge.builder("ussd.sessions.active", store, SessionStore::activeSessions)
          .description("live USSD sessions (-1 when the store cannot tell yet)")
          .tag("store", store.kind())
          .register(meters);
      this.http = new UssdHttpServer(
          new HttpServerSettings(config.server().host(), config.server().port(), config.server().maxBodyBytes(),
              config.server().ioThreads(), HttpServerSettings.DEFAULT_IDLE_TIMEOUT),
          new HttpServerDeps(flows.engine(), phones, meters, this::health,
              new ApiDeps(Optional.empty(), Optional.of(sms), Optional.empty(), apiExecutor)));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static SessionStore sessionStore(StarhashConfig config, Clock clock) {
    if (config.redis().url().isEmpty()) {
      return new InMemorySessionStore(clock, config.ussd().sessionTtl());
    }
    RedisSettings settings = new RedisSettings(config.redis().url().get().value(), config.redis().commandTimeout(),
        config.redis().connectTimeout(), config.redis().requestQueueSize());
    return RedisSessionStore.connect(settings, config.ussd().sessionTtl());
  }

  private static RuntimeSettings runtimeSettings(StarhashConfig config) {
    return new RuntimeSettings(config.ussd().hopBudget(),
        new ScreenLimits(config.ussd().screenLimit(), config.ussd().screenLimitUcs2()),
        config.money().currency().getCurrencyCode(), config.pin().length());
  }

  /** Starts listening; returns the bound address (a free port when the config says 0). */
  public InetSocketAddress start() {
    address = http.start();
    log.info("starhash started: sessions in {}, flows {}", store.kind(),
        flows.registry().published().stream().map(f -> f.id() + " v" + f.version()).toList());
    return address;
  }

  public SmsOutbox outbox() {
    return sms;
  }

  public FlowEngine flows() {
    return flows;
  }

  private CompletionStage<Health> health() {
    return store.health().handle((h, e) -> {
      boolean up = e == null && h.up();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("kind", store.kind());
      details.put("detail", e == null ? h.detail() : "unreachable: " + e.getClass().getSimpleName());
      details.put("activeSessions", store.activeSessions());
      return Health.of(Map.of("sessionStore",
          new Health.Component(up ? Health.Status.UP : Health.Status.DOWN, details)));
    });
  }

  @Override
  public void close() {
    http.close();
    apiExecutor.shutdownNow();
    flows.close();
    store.close();
    meters.close();
  }
}
