package io.starhash.localredis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import redis.embedded.RedisServer;

/**
 * A throw-away {@code redis-server} on a free loopback port, without persistence: the binary on
 * the PATH if there is one, else the one that embedded-redis ships.
 *
 * <p>Thread-safe. {@link #stop()} is idempotent; a shutdown hook stops it if the owner does not.
 */
public final class LocalRedisServer implements AutoCloseable {

  /** What the embedded-redis binary is called in {@link #source()}. */
  public static final String EMBEDDED = "embedded-redis";

  private static final Duration READY_WITHIN = Duration.ofSeconds(15);
  private static final int ATTEMPTS = 3;

  private final int port;
  private final String source;
  private final Runnable stopper;
  private final Thread hook;
  private boolean stopped;

  private LocalRedisServer(int port, String source, Runnable stopper) {
    this.port = port;
    this.source = source;
    this.stopper = stopper;
    this.hook = new Thread(stopper, "local-redis-" + port + "-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts a server (the {@code redis-server} on {@code searchPath}, else embedded-redis) and
   * returns once it answers PING; retries on another port if the first is taken meanwhile.
   *
   * @param searchPath directories separated by the platform's path separator, e.g. {@code $PATH}
   * @throws IllegalStateException if no server could be started
   */
  public static LocalRedisServer start(String searchPath) {
    Optional<Path> binary = RedisBinary.onPath(searchPath);
    RuntimeException last = null;
    for (int i = 0; i < ATTEMPTS; i++) {
      int port = RedisReadiness.freeLoopbackPort();
      try {
        return binary.isPresent() ? startBinary(binary.get(), port) : startEmbedded(port);
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw new IllegalStateException("could not start a local redis-server: "
        + (last == null ? "no attempt" : last.getMessage()), last);
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Where the binary came from: its path, or {@link #EMBEDDED}. */
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

  private static LocalRedisServer startBinary(Path binary, int port) {
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
        RedisReadiness.await(port, p::isAlive, READY_WITHIN);
      } catch (RuntimeException e) {
        stop.run();
        throw new IllegalStateException(e.getMessage() + "; log: " + Files.readString(log), e);
      }
      return new LocalRedisServer(port, binary.toString(), stop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + binary, e);
    }
  }

  private static LocalRedisServer startEmbedded(int port) {
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
        RedisReadiness.await(port, server::isActive, READY_WITHIN);
      } catch (RuntimeException e) {
        stop.run();
        throw e;
      }
      return new LocalRedisServer(port, EMBEDDED, stop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded redis on port " + port, e);
    }
  }
}
