package io.starhash.server.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.server.config.RedisConfig;
import io.starhash.server.config.StarhashConfig;
import io.starhash.server.http.Health;
import io.starhash.server.http.HttpServerDeps;
import io.starhash.server.http.HttpServerSettings;
import io.starhash.server.http.UssdHttpServer;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The USSD HTTP server (same Netty pipeline and dialect codecs as the real one) answering every
 * hop with a {@link CeilingEngine}: what {@code starhash server --ceiling} and the benchmark run.
 * There is no flow, no money engine and no partner API.
 */
public final class CeilingServer implements AutoCloseable {

  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SharedRedis redis;
  private final UssdHttpServer http;

  /**
   * Connects to Redis now.
   *
   * @throws IllegalArgumentException if {@code redis.url} is not set: the ceiling is a Redis cost
   * @throws io.starhash.core.redis.RedisUnreachableException if Redis cannot be reached
   */
  public CeilingServer(StarhashConfig config) {
    RedisConfig r = config.redis();
    String url = r.url().orElseThrow(() -> new IllegalArgumentException(
        "the ceiling mode needs redis.url (e.g. --set redis.url=redis://127.0.0.1:6379)")).value();
    this.redis = RedisConnections.open(new RedisSettings(url, r.commandTimeout(), r.connectTimeout(),
        r.requestQueueSize()));
    try {
      this.http = new UssdHttpServer(
          new HttpServerSettings(config.server().host(), config.server().port(), config.server().maxBodyBytes(),
              config.server().ioThreads(), HttpServerSettings.DEFAULT_IDLE_TIMEOUT),
          new HttpServerDeps(new CeilingEngine(redis, config.ussd().sessionTtl()),
              new PhoneNumbers(config.phone().country()), meters, this::health));
    } catch (RuntimeException e) {
      redis.close();
      throw e;
    }
  }

  /** Starts listening; returns the bound address. */
  public InetSocketAddress start() {
    return http.start();
  }

  private CompletionStage<Health> health() {
    return redis.describe().handle((detail, e) -> Health.of(Map.of("redis", new Health.Component(
        e == null ? Health.Status.UP : Health.Status.DOWN,
        Map.of("detail", e == null ? detail : "unreachable: " + e.getClass().getSimpleName())))));
  }

  @Override
  public void close() {
    try {
      http.close();
    } finally {
      redis.close();
      meters.close();
    }
  }
}
