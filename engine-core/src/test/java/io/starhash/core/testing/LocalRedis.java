package io.starhash.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import redis.embedded.RedisServer;

/**
 * A throw-away {@code redis-server} on a free loopback port, without persistence: the binary on
 * the PATH if there is one, else the one that embedded-redis ships. Tests that need to stop
 * Redis start their own; the rest share {@link RedisHarness}.
 *
 * <p>Thread-safe. {@link #stop()} is idempotent; a shutdown hook stops it if the test does not.
 */
public final class LocalRedis implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofSeconds(15);
  private static final int ATTEMPTS = 3;

  private final int port;
  private final String source;
  private final Runnable stopper;
  private final Thread hook;
  private boolean stopped;

  private LocalRedis(int port, String source, Runnable stopper) {
    this.port = port;
    this.source = source;
    this.stopper = stopper;
    this.hook = new Thread(stopper, "local-redis-" + port + "-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts a server and returns once it answers PING. */
  public static LocalRedis start() {
    Optional<Path> binary = binaryOnPath();
    RuntimeException last = null;
    for (int i = 0; i < ATTEMPTS; i++) {
      int port = FreePorts.loopback();
      try {
        return binary.isPresent() ? startBinary(binary.get(), port) : startEmbedded(port);
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw new IllegalStateException("could not start a local redis-server", last);
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Where the binary came from: its path, or {@code embedded-redis}. */
  public String source() {
    return source;
  }

  /** Stops the server and waits for its process to end. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    stopper.run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or has run; nothing to remove
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static Optional<Path> binaryOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "redis-server"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static LocalRedis startBinary(Path binary, int port) {
    try {
      Path log = Files.createTempFile("redis-" + port + "-", ".log");
      log.toFile().deleteOnExit();
      Process p = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port),
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      Runnable stop = () -> {
        p.destroy();
        try {
          if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
      try {
        awaitReady(port, p::isAlive);
      } catch (RuntimeException e) {
        stop.run();
        throw new IllegalStateException(e.getMessage() + "; log: " + Files.readString(log), e);
      }
      return new LocalRedis(port, binary.toString(), stop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + binary, e);
    }
  }

  private static LocalRedis startEmbedded(int port) {
    try {
      RedisServer server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .soutListener(line -> { })
          .serrListener(line -> { })
          .build();
      server.start();
      Runnable stop = () -> {
        try {
          server.stop();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      try {
        awaitReady(port, server::isActive);
      } catch (RuntimeException e) {
        stop.run();
        throw e;
      }
      return new LocalRedis(port, "embedded-redis", stop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded redis on port " + port, e);
    }
  }

  /** Polls PING until it answers, the process dies, or {@link #READY_WITHIN} passes. */
  private static void awaitReady(int port, BooleanSupplier alive) {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (true) {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("redis-server on port " + port + " exited at start");
      }
      if (pongs(port)) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("redis-server on port " + port + " not ready within "
            + READY_WITHIN);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  private static boolean pongs(int port) {
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
