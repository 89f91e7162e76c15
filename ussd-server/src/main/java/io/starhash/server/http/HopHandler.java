package io.starhash.server.http;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.UssdEngine;
import java.nio.channels.ClosedChannelException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each {@link DecodedHop} to the engine and, when its stage completes (on any thread),
 * writes the {@link ScreenReply} back on the channel. Never blocks the event loop.
 *
 * <p>The engine is called on the I/O thread and must not block it. Stateless and {@link Sharable}.
 */
@Sharable
final class HopHandler extends SimpleChannelInboundHandler<DecodedHop> {

  private static final Logger LOG = LoggerFactory.getLogger(HopHandler.class);
  static final Screen SORRY = Screen.end("Sorry, the service is not available. Please try again later.");

  private final UssdEngine engine;
  private final HttpMetrics metrics;

  HopHandler(UssdEngine engine, HttpMetrics metrics) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DecodedHop request) {
    ask(request).whenComplete((result, error) -> reply(ctx, request, result, error));
  }

  private CompletionStage<HopResult> ask(DecodedHop request) {
    try {
      CompletionStage<HopResult> stage = engine.handle(request.hop());
      return stage == null ? CompletableFuture.completedFuture(null) : stage;
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void reply(ChannelHandlerContext ctx, DecodedHop request, HopResult result, Throwable error) {
    HopResult answer = result;
    if (error != null || result == null) {
      LOG.error("{} engine broke its contract: no result for the hop", request.hop().sessionId(), error);
      answer = new HopResult(SORRY, null, HopResult.Outcome.ERROR);
    }
    if (!ctx.channel().isActive()) {
      dropped(request);
      return;
    }
    HopResult written = answer;
    ctx.writeAndFlush(new ScreenReply(request, answer.screen()))
        .addListener((ChannelFuture f) -> afterWrite(ctx, request, written, f));
  }

  private void afterWrite(ChannelHandlerContext ctx, DecodedHop request, HopResult result, ChannelFuture f) {
    if (f.isSuccess()) {
      metrics.answered(request, result);
    } else if (f.cause() instanceof ClosedChannelException) {
      dropped(request);
    } else {
      ctx.fireExceptionCaught(f.cause());
    }
  }

  private void dropped(DecodedHop request) {
    metrics.dropped(request.dialect().name());
    LOG.info("{} reply dropped: connection closed, phone={}",
        request.hop().sessionId(), request.hop().msisdn().masked());
  }
}
