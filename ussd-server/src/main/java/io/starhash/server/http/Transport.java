package io.starhash.server.http;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The I/O transport: native epoll when it loads on this machine (Linux), else NIO.
 */
record Transport(
    String name, IoHandlerFactory ioHandlerFactory, Class<? extends ServerChannel> serverChannel) {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  static Transport best() {
    if (Epoll.isAvailable()) {
      return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
    }
    LOG.debug("epoll transport not usable: {}", String.valueOf(Epoll.unavailabilityCause()));
    return nio();
  }

  static Transport nio() {
    return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
  }
}
