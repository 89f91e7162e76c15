package io.starhash.server.http;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.starhash.server.api.ApiResponse;
import io.starhash.server.api.ApiRouter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each {@link ApiExchange} to the {@link ApiRouter} and writes its answer when the stage
 * completes (on any thread); answers a {@link TooLarge} for an API path with the router's 413.
 * Never blocks the event loop. Stateless and {@link Sharable}.
 */
@Sharable
final class ApiHandler extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

  private final ApiRouter router;
  private final int maxBodyBytes;

  ApiHandler(ApiRouter router, int maxBodyBytes) {
    this.router = Objects.requireNonNull(router, "router");
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ApiExchange exchange) {
      router.handle(exchange.request()).whenComplete((response, error) -> {
        if (error != null) {
          ctx.fireExceptionCaught(error);
        } else {
          write(ctx, exchange.replyTo(), response);
        }
      });
    } else if (msg instanceof TooLarge tooLarge) {
      write(ctx, tooLarge.replyTo(), router.tooLarge(maxBodyBytes));
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  private static void write(ChannelHandlerContext ctx, ReplyTo to, ApiResponse answer) {
    if (!ctx.channel().isActive()) {
      LOG.debug("- api reply {} dropped: connection closed", answer.status());
      return;
    }
    HttpResponseStatus status = HttpResponseStatus.valueOf(answer.status());
    FullHttpResponse response = answer.contentType() == null
        ? Responses.empty(to, status)
        : Responses.of(to, status, answer.contentType(), answer.body());
    answer.headers().forEach(response.headers()::set);
    ctx.writeAndFlush(response);
  }
}
