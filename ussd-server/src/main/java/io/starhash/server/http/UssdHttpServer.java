package io.starhash.server.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The USSD HTTP front: serves every {@link UssdDialect} on its path, plus {@code GET /health}
 * and {@code GET /metrics}, on Netty (native epoll when available, else NIO).
 *
 * <p>Thread-safe. {@link #stop()} is idempotent; a stopped server may be started again.
 */
public final class UssdHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(UssdHttpServer.class);
  private static final long SHUTDOWN_TIMEOUT_SECONDS = 5;

  private final HttpServerSettings settings;
  private final UssdChannelInitializer initializer;
  private EventLoopGroup group;
  private Channel serverChannel;

  public UssdHttpServer(HttpServerSettings settings, HttpServerDeps deps) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.initializer = new UssdChannelInitializer(settings, deps, UssdDialects.standard(deps.phones()));
  }

  /**
   * Binds {@code settings.host():settings.port()} and starts serving.
   *
   * @return the bound address (the real port when the settings ask for port 0)
   * @throws IllegalStateException when already started or the address cannot be bound
   */
  public synchronized InetSocketAddress start() {
    if (group != null) {
      throw new IllegalStateException("already started");
    }
    Transport transport = Transport.best();
    group = new MultiThreadIoEventLoopGroup(settings.ioThreads(), transport.ioHandlerFactory());
    ChannelFuture bound =
        new ServerBootstrap()
            .group(group)
            .channel(transport.serverChannel())
            .option(ChannelOption.SO_REUSEADDR, true)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(initializer)
            .bind(settings.host(), settings.port())
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      shutdownGroup();
      throw new IllegalStateException(
          "cannot listen on " + settings.host() + ":" + settings.port(), bound.cause());
    }
    serverChannel = bound.channel();
    InetSocketAddress address = (InetSocketAddress) serverChannel.localAddress();
    LOG.info("USSD HTTP server listening on {} ({} transport)", address, transport.name());
    return address;
  }

  /** Stops accepting, closes every connection and ends the event loops with no quiet period. */
  public synchronized void stop() {
    if (serverChannel != null) {
      serverChannel.close().awaitUninterruptibly();
      serverChannel = null;
      LOG.info("USSD HTTP server stopped");
    }
    shutdownGroup();
  }

  @Override
  public void close() {
    stop();
  }

  private void shutdownGroup() {
    if (group != null) {
      group.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
      group = null;
    }
  }
}
