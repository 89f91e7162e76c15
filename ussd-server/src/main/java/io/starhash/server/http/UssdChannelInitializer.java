package io.starhash.server.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.starhash.server.api.ApiRouter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline of one HTTP connection, in order (inbound top to bottom, outbound back up):
 *
 * <pre>
 * idle, closeIdle     close a connection silent for the idle timeout
 * http, keepAlive     HTTP/1.1 codec; close after a response that says so
 * aggregate           one FullHttpRequest per request; too large -&gt; TooLarge -&gt; 413
 * serial              one request at a time, so responses keep request order
 * encodeReply         ScreenReply -&gt; dialect body -&gt; 200 response
 * decodeRequest       route by path: DecodedHop | ApiExchange | AdminRequest | 4xx with a reason
 * api                 /api/v1, /openapi.yaml, /sim/sms, /mmo/callback -&gt; ApiRouter (async)
 * admin               /health, /metrics
 * hop                 engine.handle(hop) -&gt; ScreenReply
 * lastResort          unexpected exception -&gt; log + 500, close
 * </pre>
 */
final class UssdChannelInitializer extends ChannelInitializer<Channel> {

  private final long idleMillis;
  private final int maxBodyBytes;
  private final IdleConnectionCloser closeIdle = new IdleConnectionCloser();
  private final UssdResponseEncoder encodeReply = new UssdResponseEncoder();
  private final Map<String, UssdDialect> dialectsByPath;
  private final Rejections rejections;
  private final HttpMetrics metrics;
  private final ApiHandler api;
  private final AdminHandler admin;
  private final HopHandler hop;
  private final LastResortHandler lastResort = new LastResortHandler();

  UssdChannelInitializer(HttpServerSettings settings, HttpServerDeps deps, List<UssdDialect> dialects) {
    this.metrics = new HttpMetrics(deps.metrics());
    this.rejections = new Rejections(metrics);
    this.dialectsByPath = UssdRequestDecoder.byPath(dialects);
    this.idleMillis = settings.idleTimeout().toMillis();
    this.maxBodyBytes = settings.maxBodyBytes();
    this.api = new ApiHandler(new ApiRouter(deps.api(), deps.phones(), deps.metrics()), maxBodyBytes);
    this.admin = new AdminHandler(deps.metrics(), deps.health());
    this.hop = new HopHandler(deps.engine(), metrics);
  }

  @Override
  protected void initChannel(Channel ch) {
    ChannelPipeline p = ch.pipeline();
    p.addLast("idle", new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS));
    p.addLast("closeIdle", closeIdle);
    p.addLast("http", new HttpServerCodec());
    p.addLast("keepAlive", new HttpServerKeepAliveHandler());
    p.addLast("aggregate", new UssdObjectAggregator(maxBodyBytes));
    p.addLast("serial", new SerialRequests());
    p.addLast("encodeReply", encodeReply);
    p.addLast("decodeRequest", new UssdRequestDecoder(dialectsByPath, rejections, metrics, maxBodyBytes));
    p.addLast("api", api);
    p.addLast("admin", admin);
    p.addLast("hop", hop);
    p.addLast("lastResort", lastResort);
  }
}
