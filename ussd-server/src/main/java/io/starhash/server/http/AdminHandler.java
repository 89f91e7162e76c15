package io.starhash.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /health} (200 when UP, else 503) and {@code GET /metrics} (Prometheus text).
 * A health check that fails or outlives {@link #HEALTH_TIMEOUT} reports DOWN. Stateless and
 * {@link Sharable}.
 */
@Sharable
final class AdminHandler extends SimpleChannelInboundHandler<AdminRequest> {

  static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
  private static final AsciiString PROMETHEUS_TEXT =
      AsciiString.cached("text/plain; version=0.0.4; charset=utf-8");
  private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

  private final PrometheusMeterRegistry registry;
  private final Supplier<CompletionStage<Health>> health;

  AdminHandler(PrometheusMeterRegistry registry, Supplier<CompletionStage<Health>> health) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.health = Objects.requireNonNull(health, "health");
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, AdminRequest request) {
    switch (request.kind()) {
      case HEALTH -> checkHealth().whenComplete((h, error) -> writeHealth(ctx, request.replyTo(), h, error));
      case METRICS -> ctx.writeAndFlush(
          Responses.of(request.replyTo(), HttpResponseStatus.OK, PROMETHEUS_TEXT,
              registry.scrape().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private CompletableFuture<Health> checkHealth() {
    CompletableFuture<Health> result = new CompletableFuture<>();
    try {
      health.get().whenComplete((h, error) -> {
        if (error == null && h != null) {
          result.complete(h);
        } else {
          result.completeExceptionally(error == null ? new IllegalStateException("no health") : error);
        }
      });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result.orTimeout(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void writeHealth(ChannelHandlerContext ctx, ReplyTo to, Health health, Throwable error) {
    Health answer = health;
    if (error != null) {
      LOG.warn("- health check failed: {}", error.toString());
      answer = Health.of(Map.of("healthCheck",
          new Health.Component(Health.Status.DOWN, Map.of("detail", "health check failed or timed out"))));
    }
    HttpResponseStatus status =
        answer.status() == Health.Status.UP ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE;
    ctx.writeAndFlush(Responses.of(to, status, Responses.JSON, HealthJson.render(answer)));
  }
}
