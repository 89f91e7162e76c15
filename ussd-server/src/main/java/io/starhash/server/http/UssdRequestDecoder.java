package io.starhash.server.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.starhash.server.api.ApiRouter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes each aggregated request by path: a dialect's POST becomes a {@link DecodedHop}, a path of
 * the API an {@link ApiExchange} (an oversized one stays a {@link TooLarge}), a GET of an operations
 * endpoint an {@link AdminRequest}; anything else is answered 4xx here.
 *
 * <p>One per channel (Netty's decoder keeps per-read state). Responses carry {@code Connection}
 * right; closing the connection after them is left to {@code HttpServerKeepAliveHandler}.
 */
final class UssdRequestDecoder extends MessageToMessageDecoder<Object> {

  private static final String ADMIN = "admin";

  private final Map<String, UssdDialect> dialectsByPath;
  private final Rejections rejections;
  private final HttpMetrics metrics;
  private final int maxBodyBytes;

  /** @param dialectsByPath see {@link #byPath} */
  UssdRequestDecoder(
      Map<String, UssdDialect> dialectsByPath, Rejections rejections, HttpMetrics metrics, int maxBodyBytes) {
    this.dialectsByPath = Objects.requireNonNull(dialectsByPath, "dialectsByPath");
    this.rejections = Objects.requireNonNull(rejections, "rejections");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Indexes dialects by their path; two dialects on one path is a programming error. */
  static Map<String, UssdDialect> byPath(List<UssdDialect> dialects) {
    return dialects.stream().collect(Collectors.toUnmodifiableMap(UssdDialect::path, Function.identity()));
  }

  @Override
  public boolean acceptInboundMessage(Object msg) {
    return msg instanceof FullHttpRequest || msg instanceof TooLarge;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
    long start = metrics.now();
    if (msg instanceof TooLarge tooLarge) {
      if (ApiRouter.claims(path(tooLarge.uri()))) {
        out.add(tooLarge);
        return;
      }
      UssdDialect dialect = dialectsByPath.get(path(tooLarge.uri()));
      String message = "body larger than " + maxBodyBytes + " bytes";
      BadUssdRequest bad = new BadUssdRequest(RejectReason.BODY_TOO_LARGE, message);
      reject(ctx, tooLarge.replyTo(), tagOf(dialect), bad);
      return;
    }
    FullHttpRequest request = (FullHttpRequest) msg;
    ReplyTo to = ReplyTo.of(request);
    if (!request.decoderResult().isSuccess()) {
      BadUssdRequest bad = new BadUssdRequest(RejectReason.MALFORMED_HTTP, "malformed HTTP request");
      reject(ctx, to.closing(), HttpMetrics.NO_DIALECT, bad);
      return;
    }
    String path = path(request.uri());
    UssdDialect dialect = dialectsByPath.get(path);
    if (dialect != null) {
      decodeHop(ctx, request, to, dialect, start, out);
      return;
    }
    if (ApiRouter.claims(path)) {
      out.add(ApiExchange.of(request, to));
      return;
    }
    AdminRequest.Kind admin = AdminRequest.Kind.forPath(path);
    if (admin == null) {
      reject(ctx, to, HttpMetrics.NO_DIALECT, new BadUssdRequest(RejectReason.NOT_FOUND, "not found"));
    } else if (!HttpMethod.GET.equals(request.method())) {
      rejectMethod(ctx, to, ADMIN, request.method(), HttpMethod.GET);
    } else {
      out.add(new AdminRequest(admin, to));
    }
  }

  private void decodeHop(
      ChannelHandlerContext ctx, FullHttpRequest request, ReplyTo to, UssdDialect dialect, long start,
      List<Object> out) {
    if (!HttpMethod.POST.equals(request.method())) {
      rejectMethod(ctx, to, dialect.name(), request.method(), HttpMethod.POST);
      return;
    }
    try {
      out.add(new DecodedHop(dialect.decode(request), dialect, to, start));
    } catch (BadUssdRequest bad) {
      reject(ctx, to, dialect.name(), bad);
    }
  }

  private void rejectMethod(
      ChannelHandlerContext ctx, ReplyTo to, String dialect, HttpMethod used, HttpMethod allowed) {
    String message = "method " + used.name() + " not allowed; use " + allowed.name();
    BadUssdRequest bad = new BadUssdRequest(RejectReason.METHOD_NOT_ALLOWED, message);
    FullHttpResponse response = rejections.respond(to, dialect, bad);
    response.headers().set(HttpHeaderNames.ALLOW, allowed.name());
    ctx.writeAndFlush(response);
  }

  private void reject(ChannelHandlerContext ctx, ReplyTo to, String dialect, BadUssdRequest bad) {
    ctx.writeAndFlush(rejections.respond(to, dialect, bad));
  }

  private static String tagOf(UssdDialect dialect) {
    return dialect == null ? HttpMetrics.NO_DIALECT : dialect.name();
  }

  private static String path(String uri) {
    return new QueryStringDecoder(uri).rawPath();
  }
}
