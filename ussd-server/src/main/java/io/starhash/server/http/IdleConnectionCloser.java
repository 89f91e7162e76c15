package io.starhash.server.http;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes a connection on which nothing was read or written for the idle timeout. {@link Sharable}. */
@Sharable
final class IdleConnectionCloser extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(IdleConnectionCloser.class);

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof IdleStateEvent) {
      LOG.debug("- closing idle connection from {}", ctx.channel().remoteAddress());
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(evt);
    }
  }
}
