package io.starhash.server.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;

/** Builds complete HTTP responses with Content-Type, Content-Length and Connection set right. */
final class Responses {

  static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");
  static final AsciiString JSON = AsciiString.cached("application/json");

  private Responses() {}

  static FullHttpResponse of(ReplyTo to, HttpResponseStatus status, CharSequence contentType, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(to.version(), status, Unpooled.wrappedBuffer(body));
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, contentType)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    HttpUtil.setKeepAlive(response, to.keepAlive());
    return response;
  }

  /** A response without a body and without Content-Type or Content-Length, such as a 204. */
  static FullHttpResponse empty(ReplyTo to, HttpResponseStatus status) {
    FullHttpResponse response = new DefaultFullHttpResponse(to.version(), status, Unpooled.EMPTY_BUFFER);
    HttpUtil.setKeepAlive(response, to.keepAlive());
    return response;
  }

  static FullHttpResponse text(ReplyTo to, HttpResponseStatus status, String text) {
    return of(to, status, TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8));
  }
}
