package io.starhash.server.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the USSD HTTP server listens.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the TCP port, 0 for any free one
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 * @param ioThreads event-loop threads, 0 for Netty's default (twice the cores)
 * @param idleTimeout a connection with no traffic for this long is closed
 */
public record HttpServerSettings(
    String host, int port, int maxBodyBytes, int ioThreads, Duration idleTimeout) {

  public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

  public HttpServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxBodyBytes < 256 || maxBodyBytes > 1024 * 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be 256-1048576, was " + maxBodyBytes);
    }
    if (ioThreads < 0) {
      throw new IllegalArgumentException("ioThreads must not be negative, was " + ioThreads);
    }
    if (idleTimeout.isNegative() || idleTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("idleTimeout must be at least 1 ms, was " + idleTimeout);
    }
  }

  /** Listens on {@code host:port} with the default body limit, threads and idle timeout. */
  public static HttpServerSettings of(String host, int port) {
    return new HttpServerSettings(host, port, DEFAULT_MAX_BODY_BYTES, 0, DEFAULT_IDLE_TIMEOUT);
  }
}
