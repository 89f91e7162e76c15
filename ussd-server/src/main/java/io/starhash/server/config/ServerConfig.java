package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.SERVER_HOST;
import static io.starhash.server.config.ConfigKeys.SERVER_IO_THREADS;
import static io.starhash.server.config.ConfigKeys.SERVER_MAX_BODY;
import static io.starhash.server.config.ConfigKeys.SERVER_PORT;

/**
 * The HTTP server: where it listens, its event loop threads and the largest body it accepts.
 *
 * @param port 0 picks a free port
 * @param ioThreads 0 means 2 x cores: use {@link #ioThreadCount()}
 */
public record ServerConfig(String host, int port, int ioThreads, int maxBodyBytes) {

  /** @throws ConfigException naming the key of a value that is not allowed */
  public ServerConfig {
    SERVER_HOST.require(host);
    SERVER_PORT.require(port);
    SERVER_IO_THREADS.require(ioThreads);
    SERVER_MAX_BODY.require(maxBodyBytes);
  }

  /** The event loop threads to start: {@link #ioThreads()}, or 2 x cores when it is 0. */
  public int ioThreadCount() {
    return Threads.orTwicePerCore(ioThreads);
  }
}
