package io.starhash.sim.load;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.FullHttpResponse;

/** The last handler of a handset's connection: hands replies, closes and failures to it. */
final class ReplyHandler extends SimpleChannelInboundHandler<FullHttpResponse> {

  private final Handset handset;

  ReplyHandler(Handset handset) {
    this.handset = handset;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
    if (response.decoderResult().isFailure()) {
      handset.broken(ctx.channel(), ErrorKind.BAD_REPLY,
          "malformed HTTP reply: " + response.decoderResult().cause());
      return;
    }
    handset.reply(ctx.channel(), response);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    handset.broken(ctx.channel(), ErrorKind.CLOSED, "the server closed the connection");
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ErrorKind kind = cause instanceof DecoderException ? ErrorKind.BAD_REPLY : ErrorKind.CLOSED;
    handset.broken(ctx.channel(), kind, String.valueOf(cause));
  }
}
