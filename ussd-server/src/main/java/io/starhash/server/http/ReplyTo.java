package io.starhash.server.http;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Objects;

/** What a response must match of its request: the protocol version and whether to keep the connection. */
record ReplyTo(HttpVersion version, boolean keepAlive) {

  /** For an answer to no particular request: HTTP/1.1, then close. */
  static final ReplyTo CLOSE = new ReplyTo(HttpVersion.HTTP_1_1, false);

  ReplyTo {
    Objects.requireNonNull(version, "version");
  }

  static ReplyTo of(HttpRequest request) {
    return new ReplyTo(request.protocolVersion(), HttpUtil.isKeepAlive(request));
  }

  ReplyTo closing() {
    return new ReplyTo(version, false);
  }
}
