package io.starhash.sim.load;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client's I/O transport: native epoll when it loads on this machine (Linux), else NIO. */
record ClientTransport(String name, IoHandlerFactory ioHandlerFactory, Class<? extends SocketChannel> channel) {

  private static final Logger LOG = LoggerFactory.getLogger(ClientTransport.class);

  static ClientTransport best() {
    if (Epoll.isAvailable()) {
      return new ClientTransport("epoll", EpollIoHandler.newFactory(), EpollSocketChannel.class);
    }
    LOG.debug("epoll transport not usable: {}", String.valueOf(Epoll.unavailabilityCause()));
    return new ClientTransport("nio", NioIoHandler.newFactory(), NioSocketChannel.class);
  }
}
