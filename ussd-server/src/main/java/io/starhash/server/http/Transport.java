package io.starhash.server.http;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The I/O transport: native epoll when it loads on this machine, else NIO.
 *
 * <p>The epoll classes are looked up by name because the native jar is a runtime dependency
 * (and absent off Linux x86-64).
 */
record Transport(
    String name, IoHandlerFactory ioHandlerFactory, Class<? extends ServerChannel> serverChannel) {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final String EPOLL = "io.netty.channel.epoll.";

  static Transport best() {
    try {
      if ((Boolean) Class.forName(EPOLL + "Epoll").getMethod("isAvailable").invoke(null)) {
        IoHandlerFactory factory =
            (IoHandlerFactory) Class.forName(EPOLL + "EpollIoHandler").getMethod("newFactory").invoke(null);
        Class<? extends ServerChannel> channel =
            Class.forName(EPOLL + "EpollServerSocketChannel").asSubclass(ServerChannel.class);
        return new Transport("epoll", factory, channel);
      }
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      LOG.debug("epoll transport not usable: {}", e.toString());
    }
    return nio();
  }

  static Transport nio() {
    return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
  }
}
