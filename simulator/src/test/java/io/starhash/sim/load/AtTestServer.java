package io.starhash.sim.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real Africa's Talking style server on 127.0.0.1, port 0, for load tests: each form POST
 * is answered by a scripted {@link Answer}; it counts connections and keeps every form.
 */
final class AtTestServer implements AutoCloseable {

  /** How to answer one hop. */
  record Answer(int status, String body, Action action, long delayMillis) {
    static Answer con(String text) {
      return new Answer(200, "CON " + text, Action.REPLY, 0);
    }

    static Answer end(String text) {
      return new Answer(200, "END " + text, Action.REPLY, 0);
    }

    static Answer status(int status) {
      return new Answer(status, "server error", Action.REPLY, 0);
    }

    static Answer garbage() {
      return new Answer(200, "<html>not a screen</html>", Action.REPLY, 0);
    }

    /** Close the connection without replying. */
    static Answer hangUp() {
      return new Answer(0, "", Action.CLOSE, 0);
    }

    /** Never reply. */
    static Answer silence() {
      return new Answer(0, "", Action.SILENCE, 0);
    }

    /** Reply, then close the connection ({@code Connection: close}). */
    Answer thenClose() {
      return new Answer(status, body, Action.REPLY_AND_CLOSE, delayMillis);
    }

    /** Reply this much later (the server's loop is not blocked meanwhile). */
    Answer after(long millis) {
      return new Answer(status, body, action, millis);
    }
  }

  enum Action { REPLY, REPLY_AND_CLOSE, CLOSE, SILENCE }

  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final AtomicInteger connections = new AtomicInteger();
  private final Queue<Map<String, String>> forms = new ConcurrentLinkedQueue<>();
  private final Function<Map<String, String>, Answer> script;
  private final Channel server;

  AtTestServer(Function<Map<String, String>, Answer> script) throws InterruptedException {
    this.script = script;
    this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            connections.incrementAndGet();
            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536), new Hop());
          }
        })
        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/ussd/at");
  }

  /** Connections accepted so far. */
  int connections() {
    return connections.get();
  }

  /** Every form received so far, in order. */
  List<Map<String, String>> forms() {
    return List.copyOf(forms);
  }

  @Override
  public void close() throws InterruptedException {
    server.close().sync();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
  }

  private final class Hop extends SimpleChannelInboundHandler<FullHttpRequest> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      Map<String, String> form = new HashMap<>();
      new QueryStringDecoder(request.content().toString(UTF_8), false).parameters()
          .forEach((name, values) -> form.put(name, values.get(0)));
      form.put("contentType", String.valueOf(request.headers().get(HttpHeaderNames.CONTENT_TYPE)));
      forms.add(form);
      Answer answer = script.apply(form);
      switch (answer.action()) {
        case CLOSE -> ctx.close();
        case SILENCE -> { }
        default -> {
          if (answer.delayMillis() > 0) {
            ctx.executor().schedule(() -> reply(ctx, answer), answer.delayMillis(), TimeUnit.MILLISECONDS);
          } else {
            reply(ctx, answer);
          }
        }
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close(); // the load generator drops connections at the end of a run: a reset is normal
    }

    private void reply(ChannelHandlerContext ctx, Answer answer) {
      FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
          HttpResponseStatus.valueOf(answer.status()), Unpooled.copiedBuffer(answer.body(), UTF_8));
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
          .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
      if (answer.action() == Action.REPLY_AND_CLOSE) {
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      } else {
        ctx.writeAndFlush(response);
      }
    }
  }
}
