package io.starhash.sim.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.starhash.core.phone.Msisdn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every handset of one load run shares: the target, the compiled scenario, the number
 * range, the pacer, the clock bounds and the stop flag. Thread-safe.
 */
final class LoadRun {

  private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);
  private static final int DEFAULT_HTTP_PORT = 80;
  private static final int MAX_CONNECT_MILLIS = 5_000;

  private final String host;
  private final int port;
  private final String hostHeader;
  private final String path;
  private final SessionScript script;
  private final NumberRange numbers;
  private final Pacer pacer;
  private final long hopTimeoutNanos;
  private final long endNanos;
  private final String runTag = UUID.randomUUID().toString().substring(0, 8);
  private final Bootstrap bootstrap;
  private final Set<ErrorKind> logged = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  LoadRun(LoadSpec spec, ClientTransport transport, long startNanos) {
    URI url = spec.url();
    this.host = url.getHost();
    this.port = url.getPort() < 0 ? DEFAULT_HTTP_PORT : url.getPort();
    this.hostHeader = url.getPort() < 0 ? host : host + ":" + port;
    String rawPath = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    this.path = url.getRawQuery() == null ? rawPath : rawPath + "?" + url.getRawQuery();
    this.script = SessionScript.compile(spec.scenario(), spec.vars());
    this.numbers = NumberRange.of(spec.firstNumber(), spec.numbers());
    this.pacer = spec.rate().isPresent() ? Pacer.atRate(spec.rate().getAsDouble(), startNanos) : Pacer.closed();
    this.hopTimeoutNanos = spec.hopTimeout().toNanos();
    this.endNanos = startNanos + spec.duration().toNanos();
    this.bootstrap = new Bootstrap()
        .channel(transport.channel())
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
            (int) Math.min(MAX_CONNECT_MILLIS, spec.hopTimeout().toMillis()));
  }

  /** A bootstrap for a handset's connections; the caller sets the group and the handler. */
  Bootstrap bootstrap() {
    return bootstrap.clone();
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  Pacer pacer() {
    return pacer;
  }

  long hopTimeoutNanos() {
    return hopTimeoutNanos;
  }

  long endNanos() {
    return endNanos;
  }

  boolean stopped() {
    return stopped;
  }

  void stop() {
    stopped = true;
  }

  /** A fresh play of the scenario for the session of this 0-based index. */
  SessionPlay newPlay(long index) {
    String session = Long.toString(index + 1);
    return new SessionPlay(script, numbers.number(index), session, sessionId(index));
  }

  String sessionId(long index) {
    return "load-" + runTag + "-" + (index + 1);
  }

  /** The POST of one hop's form body (ASCII: it is URL-encoded). */
  FullHttpRequest request(String formBody) {
    byte[] bytes = formBody.getBytes(StandardCharsets.US_ASCII);
    FullHttpRequest request = new DefaultFullHttpRequest(
        HttpVersion.HTTP_1_1, HttpMethod.POST, path, Unpooled.wrappedBuffer(bytes));
    request.headers()
        .set(HttpHeaderNames.HOST, hostHeader)
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
    return request;
  }

  /** Logs the first error of each kind in the run, so a broken run says why without flooding. */
  void logFirst(ErrorKind kind, long index, String detail) {
    if (logged.add(kind)) {
      LOG.warn("session {} phone {}: first {} error of the run: {}", sessionId(index),
          Msisdn.mask(numbers.number(index)), kind.label(), LogText.maskNumbers(detail));
    }
  }
}
