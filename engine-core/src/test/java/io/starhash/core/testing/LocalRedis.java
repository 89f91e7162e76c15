package io.starhash.core.testing;

import io.starhash.localredis.LocalRedisServer;

/**
 * A throw-away Redis of a test's own ({@link LocalRedisServer}: the {@code redis-server} on the
 * PATH, else embedded-redis), for tests that stop Redis; the rest share {@link RedisHarness}.
 *
 * <p>Thread-safe. {@link #stop()} is idempotent; a shutdown hook stops it if the test does not.
 */
public final class LocalRedis implements AutoCloseable {

  private final LocalRedisServer server;

  private LocalRedis(LocalRedisServer server) {
    this.server = server;
  }

  /** Starts a server and returns once it answers PING. */
  public static LocalRedis start() {
    return new LocalRedis(LocalRedisServer.start(System.getenv("PATH")));
  }

  public int port() {
    return server.port();
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return server.url();
  }

  /** Where the binary came from: its path, or {@code embedded-redis}. */
  public String source() {
    return server.source();
  }

  /** Stops the server and waits for its process to end. */
  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
