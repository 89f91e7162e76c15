package io.starhash.server.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the pipeline: an unexpected exception is logged with its stack trace and answered
 * 500 without one, then the connection is closed; a broken connection is only closed.
 * {@link Sharable}.
 */
@Sharable
final class LastResortHandler extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(LastResortHandler.class);

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException || cause instanceof PrematureChannelClosureException) {
      LOG.debug("- connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
      ctx.close();
      return;
    }
    LOG.error("- unexpected error on the connection from {}", ctx.channel().remoteAddress(), cause);
    if (ctx.channel().isActive()) {
      ctx.writeAndFlush(
              Responses.text(ReplyTo.CLOSE, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error"))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.close();
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    LOG.warn("- unhandled message {} from {}", msg.getClass().getSimpleName(), ctx.channel().remoteAddress());
    ReferenceCountUtil.release(msg);
  }
}
