package io.starhash.localredis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Loopback plumbing for a Redis being started: a free port, and waiting for its first PONG. */
final class RedisReadiness {

  private static final long POLL_MILLIS = 20;

  private RedisReadiness() {}

  /** A loopback port that was free a moment ago; another process may take it before use. */
  static int freeLoopbackPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /**
   * Polls PING on {@code port} until it answers.
   *
   * @throws IllegalStateException if the process dies first or {@code within} passes
   */
  static void await(int port, BooleanSupplier alive, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("redis-server on port " + port + " exited at start");
      }
      if (pongs(port)) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("redis-server on port " + port + " not ready within " + within);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
  }

  /** Whether a Redis on loopback {@code port} answers PING now. */
  static boolean pongs(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      s.setSoTimeout(500);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
      String line = in.readLine();
      return line != null && line.startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }
}
