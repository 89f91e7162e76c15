package io.starhash.server.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.engine.EngineStores;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
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
import io.starhash.sim.mmo.MmoSimulator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starhash process wired from one {@link StarhashConfig}: stores (all in Redis when
 * {@code redis.url} is set, else all in memory), the money engine and its MMO, the flow engine
 * and the HTTP server. {@link #close()} stops them in reverse order.
 */
public final class StarhashApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StarhashApp.class);
  /** How often operations nobody answered are expired. */
  static final long EXPIRY_EVERY_SECONDS = 10;

  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SharedRedis redis;
  private final SessionStore store;
  private final SmsOutbox sms;
  private final MoneyWiring money;
  private final FlowEngine flows;
  private final UssdHttpServer http;
  private final ExecutorService apiExecutor = Executors.newFixedThreadPool(2, daemon("starhash-api"));
  private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(daemon("starhash-jobs"));

  public StarhashApp(StarhashConfig config, Clock clock) {
    this.redis = config.redis().url().map(u -> RedisConnections.open(new RedisSettings(u.value(),
        config.redis().commandTimeout(), config.redis().connectTimeout(), config.redis().requestQueueSize())))
        .orElse(null);
    try {
      PhoneNumbers phones = new PhoneNumbers(config.phone().country());
      this.store = redis == null ? new InMemorySessionStore(clock, config.ussd().sessionTtl())
          : new RedisSessionStore(redis, config.ussd().sessionTtl());
      EngineStores stores = redis == null ? EngineStores.inMemory(clock) : EngineStores.redis(redis, clock);
      this.sms = new SmsOutbox(clock);
      int port = config.server().port() != 0 ? config.server().port() : FreePort.on(config.server().host());
      URI callbacks = config.mmo().callbackBase(config.server().host(), port);
      this.money = new MoneyWiring(config, stores, callbacks, sms, clock, meters);
      this.flows = new FlowEngine(new FlowEngine.Parts(store, money.engine().effects(), sms, phones, clock, meters),
          runtimeSettings(config), config.ussd().flowsDir(), config.ussd().flowsReloadInterval(),
          config.ussd().workerThreadCount());
      Gauge.builder("ussd.sessions.active", store, SessionStore::activeSessions)
          .description("live USSD sessions (-1 when the store cannot tell yet)")
          .tag("store", store.kind())
          .register(meters);
      this.http = new UssdHttpServer(
          new HttpServerSettings(config.server().host(), port, config.server().maxBodyBytes(),
              config.server().ioThreads(), HttpServerSettings.DEFAULT_IDLE_TIMEOUT),
          new HttpServerDeps(flows.engine(), phones, meters, this::health,
              new ApiDeps(Optional.of(money.engine().partnerApi()), money.simulator().map(demo -> sms),
                  Optional.of(money.gateway()::onCallback), apiExecutor)));
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  private static RuntimeSettings runtimeSettings(StarhashConfig config) {
    return new RuntimeSettings(config.ussd().hopBudget(),
        new ScreenLimits(config.ussd().screenLimit(), config.ussd().screenLimitUcs2()),
        config.money().currency().getCurrencyCode(), config.pin().length());
  }

  /** Starts listening, resumes unfinished MMO transactions; returns the bound address. */
  public InetSocketAddress start() {
    InetSocketAddress address = http.start();
    money.engine().start();
    jobs.scheduleWithFixedDelay(this::expire, EXPIRY_EVERY_SECONDS, EXPIRY_EVERY_SECONDS, TimeUnit.SECONDS);
    log.info("starhash started: stores in {}, flows {}", store.kind(),
        flows.registry().published().stream().map(f -> f.id() + " v" + f.version()).toList());
    return address;
  }

  private void expire() {
    money.engine().expireOverdue().whenComplete((expired, e) -> {
      if (e != null) {
        log.warn("expiring overdue operations failed: {}", e.toString());
      } else if (!expired.isEmpty()) {
        log.info("expired {} operation(s) nobody answered", expired.size());
      }
    });
  }

  public SmsOutbox outbox() {
    return sms;
  }

  public FlowEngine flows() {
    return flows;
  }

  /** The in-process MMO simulator (demo and tests), when {@code mmo.url} is not set. */
  public Optional<MmoSimulator> mmoSimulator() {
    return money.simulator();
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
    closeQuietly();
  }

  private void closeQuietly() {
    jobs.shutdownNow();
    apiExecutor.shutdownNow();
    closeEach(flows, money, store, redis, meters::close);
  }

  /** Closes each one even when an earlier one fails; the first failure is rethrown with the rest suppressed. */
  private static void closeEach(AutoCloseable... parts) {
    RuntimeException first = null;
    for (AutoCloseable part : parts) {
      if (part == null) {
        continue;
      }
      try {
        part.close();
      } catch (Exception e) {
        if (first == null) {
          first = new IllegalStateException("closing starhash failed", e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      log.warn("{}", first.getMessage(), first);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
