package io.starhash.server.http;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/** Encodes a {@link ScreenReply} in its dialect as a complete 200 response. Stateless, {@link Sharable}. */
@Sharable
final class UssdResponseEncoder extends MessageToMessageEncoder<ScreenReply> {

  @Override
  protected void encode(ChannelHandlerContext ctx, ScreenReply reply, List<Object> out) {
    DecodedHop request = reply.request();
    ReplyBody body = request.dialect().encode(request.hop(), reply.screen());
    out.add(Responses.of(request.replyTo(), HttpResponseStatus.OK, body.contentType(), body.bytes()));
  }
}
