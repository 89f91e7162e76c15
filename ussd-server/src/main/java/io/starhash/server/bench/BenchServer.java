package io.starhash.server.bench;

import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import io.starhash.server.config.StarhashConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server under test for one {@link Mode}, in this JVM on a free loopback port: a
 * {@link CeilingServer}, or the whole {@link StarhashApp} (with the in-process MMO simulator
 * and the demo data) on Redis or in memory.
 */
final class BenchServer implements AutoCloseable {

  /** Long enough that no session of a benchmark expires while it runs. */
  static final String SESSION_TTL = "10m";

  private final AutoCloseable running;
  private final URI africasTalking;

  private BenchServer(AutoCloseable running, InetSocketAddress at) {
    this.running = running;
    this.africasTalking = URI.create("http://127.0.0.1:" + at.getPort() + "/ussd/africastalking");
  }

  /**
   * Starts the server for {@code mode}.
   *
   * @param env {@code STARHASH_*} settings that apply (e.g. worker threads); the host, port,
   *     Redis, MMO and session time to live are the benchmark's own
   */
  static BenchServer start(Mode mode, String redisUrl, Map<String, String> env) {
    StarhashConfig config = ConfigLoader.load(Optional.empty(), env, sets(mode, redisUrl));
    if (mode == Mode.CEILING) {
      CeilingServer server = new CeilingServer(config);
      return started(server, server::start);
    }
    StarhashApp app = new StarhashApp(config, Clock.systemUTC());
    return started(app, app::start);
  }

  private static Map<String, String> sets(Mode mode, String redisUrl) {
    Map<String, String> sets = new LinkedHashMap<>();
    sets.put("server.host", "127.0.0.1");
    sets.put("server.port", "0");
    sets.put("ussd.session-ttl", SESSION_TTL);
    sets.put("mmo.url", "");
    sets.put("redis.url", mode == Mode.MEMORY ? "" : redisUrl);
    return sets;
  }

  private static BenchServer started(AutoCloseable server, java.util.function.Supplier<InetSocketAddress> start) {
    try {
      return new BenchServer(server, start.get());
    } catch (RuntimeException e) {
      stop(server);
      throw e;
    }
  }

  /** {@code http://127.0.0.1:<port>/ussd/africastalking}. */
  URI africasTalking() {
    return africasTalking;
  }

  @Override
  public void close() {
    stop(running);
  }

  private static void stop(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the server under test", e);
    }
  }
}
