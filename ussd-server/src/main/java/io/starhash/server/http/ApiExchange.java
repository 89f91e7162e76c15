package io.starhash.server.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.starhash.server.api.ApiRequest;
import java.util.Objects;

/** A request for the API ({@link io.starhash.server.api.ApiRouter}), with its body copied out. */
record ApiExchange(ApiRequest request, ReplyTo replyTo) {

  ApiExchange {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(replyTo, "replyTo");
  }

  static ApiExchange of(FullHttpRequest request, ReplyTo to) {
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    ApiRequest api = new ApiRequest(request.method().name(), uri.rawPath(), uri.rawQuery(),
        request.headers().get(HttpHeaderNames.AUTHORIZATION), ByteBufUtil.getBytes(request.content()));
    return new ApiExchange(api, to);
  }
}
