package io.starhash.server.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A free TCP port, for {@code server.port=0}: the process must know its port before it starts
 * listening, because the MMO's callback URL names it. Another process could take the port in
 * the moment between; the server's bind then fails with a clear error.
 */
final class FreePort {

  private FreePort() {}

  static int on(String host) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + host, e);
    }
  }
}
