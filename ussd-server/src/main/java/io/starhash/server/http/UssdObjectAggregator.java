package io.starhash.server.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates a request and its body up to a limit; an oversized request goes on as a
 * {@link TooLarge} so that it is answered 413 with a reason, counted and logged like any other
 * rejection. The connection stays open only when the rest of the body can still be skipped.
 */
final class UssdObjectAggregator extends HttpObjectAggregator {

  UssdObjectAggregator(int maxBodyBytes) {
    super(maxBodyBytes);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    if (!(oversized instanceof HttpRequest request)) {
      ctx.close();
      return;
    }
    // A partly aggregated (full) message means the body was already streaming: no recovery.
    boolean keepAlive = !(oversized instanceof FullHttpMessage) && HttpUtil.isKeepAlive(request);
    ctx.fireChannelRead(new TooLarge(request.uri(), new ReplyTo(request.protocolVersion(), keepAlive)));
  }
}
