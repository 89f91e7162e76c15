package io.starhash.sim.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One virtual handset: one keep-alive connection (opened again when it closes), playing
 * sessions one after the other, one hop on the wire at a time. Confined to its event loop.
 */
final class Handset {

  private static final int MAX_REPLY_BYTES = 64 * 1024;
  private static final long CONNECT_BACKOFF_MILLIS = 100;

  private final LoadRun run;
  private final EventLoop loop;
  private final Stats stats;
  private final Bootstrap bootstrap;
  private Channel channel;
  private SessionPlay play;
  private long sessionIndex;
  private long hopDueNanos;
  private boolean awaiting;
  private int hopNumber;
  private ScheduledFuture<?> timeout;

  Handset(LoadRun run, EventLoop loop, Stats stats) {
    this.run = run;
    this.loop = loop;
    this.stats = stats;
    Handset self = this;
    this.bootstrap = run.bootstrap().group(loop).handler(new ChannelInitializer<SocketChannel>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_REPLY_BYTES),
            new ReplyHandler(self));
      }
    });
  }

  void start() {
    loop.execute(this::nextSession);
  }

  /** Drops the connection; call on the handset's loop once the run is stopped. */
  void close() {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  /** A reply on {@code ch}: checks it, records the hop and goes on with the session. */
  void reply(Channel ch, FullHttpResponse response) {
    if (ch != channel || !awaiting || run.stopped()) {
      return;
    }
    long now = hopDone();
    if (!HttpUtil.isKeepAlive(response)) {
      channel = null;
      ch.close();
    }
    int status = response.status().code();
    String body = response.content().toString(UTF_8);
    if (status / 100 != 2) {
      fail(ErrorKind.HTTP_STATUS, now, "HTTP " + status + " \"" + body + "\"");
      return;
    }
    boolean con = body.startsWith("CON ") || body.equals("CON");
    if (!con && !body.startsWith("END ") && !body.equals("END")) {
      fail(ErrorKind.BAD_REPLY, now, "reply does not start with CON or END: \"" + body + "\"");
      return;
    }
    stats.hop(now, now - hopDueNanos);
    play.reply(con, body.length() <= 4 ? "" : body.substring(4));
    hopDueNanos = now;
    advance();
  }

  /** {@code ch} closed or failed; a hop waiting on it fails with {@code kind}. */
  void broken(Channel ch, ErrorKind kind, String detail) {
    if (ch != channel) {
      return;
    }
    channel = null;
    ch.close();
    if (awaiting && !run.stopped()) {
      fail(kind, hopDone(), detail);
    }
  }

  private void nextSession() {
    if (run.stopped()) {
      return;
    }
    long index = run.pacer().claim();
    long now = System.nanoTime();
    long due = run.pacer().dueNanos(index, now);
    if (due - now <= 0) {
      begin(index, due);
    } else if (due - run.endNanos() < 0) {
      loop.schedule(() -> begin(index, due), due - now, TimeUnit.NANOSECONDS);
    }
  }

  private void begin(long index, long due) {
    if (run.stopped()) {
      return;
    }
    sessionIndex = index;
    play = run.newPlay(index);
    hopDueNanos = due;
    advance();
  }

  private void advance() {
    String body = play.nextHop();
    if (body != null) {
      send(body);
    } else if (play.mismatch() != null) {
      fail(ErrorKind.MISMATCH, System.nanoTime(), play.mismatch());
    } else {
      stats.session(System.nanoTime());
      nextSession();
    }
  }

  private void send(String body) {
    awaiting = true;
    int hop = ++hopNumber;
    timeout = loop.schedule(this::timedOut, run.hopTimeoutNanos(), TimeUnit.NANOSECONDS);
    if (channel != null && channel.isActive()) {
      write(body);
      return;
    }
    bootstrap.connect(run.host(), run.port()).addListener((ChannelFuture f) -> connected(f, hop, body));
  }

  private void connected(ChannelFuture f, int hop, String body) {
    if (run.stopped() || !awaiting || hop != hopNumber) {
      f.channel().close();
    } else if (f.isSuccess()) {
      channel = f.channel();
      write(body);
    } else {
      fail(ErrorKind.CONNECT, hopDone(), String.valueOf(f.cause()));
    }
  }

  private void write(String body) {
    Channel ch = channel;
    ch.writeAndFlush(run.request(body)).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        broken(ch, ErrorKind.CLOSED, "cannot send: " + f.cause());
      }
    });
  }

  private void timedOut() {
    if (!awaiting || run.stopped()) {
      return;
    }
    Channel ch = channel;
    channel = null;
    if (ch != null) {
      ch.close();
    }
    fail(ErrorKind.TIMEOUT, hopDone(), "no reply within " + run.hopTimeoutNanos() / 1_000_000 + " ms");
  }

  /** Ends the hop on the wire: no more waiting, no timeout; returns now. */
  private long hopDone() {
    awaiting = false;
    if (timeout != null) {
      timeout.cancel(false);
      timeout = null;
    }
    return System.nanoTime();
  }

  private void fail(ErrorKind kind, long now, String detail) {
    stats.error(kind, now);
    run.logFirst(kind, sessionIndex, detail);
    if (kind == ErrorKind.CONNECT) {
      loop.schedule(this::nextSession, CONNECT_BACKOFF_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      nextSession();
    }
  }
}
