package io.starhash.server.cli;

import ch.qos.logback.classic.Level;
import io.starhash.core.redis.RedisUnreachableException;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.bench.CeilingEngine;
import io.starhash.server.bench.CeilingServer;
import io.starhash.server.config.ConfigException;
import io.starhash.server.config.StarhashConfig;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/** Starts the app, prints where it listens, and runs until the process is told to stop. */
final class ServerRunner {

  private ServerRunner() {}

  static int run(ServerOptions options, boolean demo, PrintStream out, PrintStream err) {
    Optional<StarhashConfig> loaded = load(options, err);
    if (loaded.isEmpty()) {
      return 2;
    }
    StarhashConfig config = loaded.get();
    StarhashApp app;
    InetSocketAddress at;
    try {
      app = new StarhashApp(config, Clock.systemUTC());
    } catch (RedisUnreachableException e) {
      err.println("starhash: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("starhash: could not start: " + e.getMessage());
      return 1;
    }
    try {
      at = app.start();
    } catch (RuntimeException e) {
      app.close();
      err.println("starhash: could not start: " + e.getMessage());
      return 1;
    }
    String url = "http://" + host(at) + ":" + at.getPort();
    out.println("starhash listening on " + url);
    app.mmoSimulator().ifPresent(mmo -> out.println("mmo simulator listening on http://" + host(at) + ":"
        + mmo.port() + " (MMAPI at " + mmo.baseUrl() + ")"));
    if (demo) {
      out.println();
      out.println("Dial in from another terminal as a new customer (you will be asked to sign up):");
      out.println("  ./starhash handset --url " + url + "/ussd/africastalking --msisdn +255713000001");
      out.println("or as the demo customer +255712000001 (PIN " + config.demo().pin() + "):");
      out.println("  ./starhash handset --url " + url + "/ussd/africastalking --msisdn +255712000001");
      out.println("Agent API: curl -H 'Authorization: Bearer agent-demo-key' " + url + "/api/v1/operations");
      out.println("SMS sent to a number: " + url + "/sim/sms/+255712000001   API: " + url + "/openapi.yaml");
      out.println("Health: " + url + "/health   Metrics: " + url + "/metrics   Ctrl-C stops everything.");
    }
    out.flush();
    return serveUntilStopped(app);
  }

  /** {@code server --ceiling}: the benchmark's ceiling server, until the process is told to stop. */
  static int runCeiling(ServerOptions options, PrintStream out, PrintStream err) {
    Optional<StarhashConfig> loaded = load(options, err);
    if (loaded.isEmpty()) {
      return 2;
    }
    CeilingServer server;
    InetSocketAddress at;
    try {
      server = new CeilingServer(loaded.get());
    } catch (RuntimeException e) {
      err.println("starhash: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    try {
      at = server.start();
    } catch (RuntimeException e) {
      server.close();
      err.println("starhash: could not start: " + e.getMessage());
      return 1;
    }
    out.println("starhash ceiling server listening on http://" + host(at) + ":" + at.getPort()
        + " (every hop: one Redis GET + SET of " + CeilingEngine.VALUE_BYTES + " bytes, a fixed screen)");
    out.flush();
    return serveUntilStopped(server);
  }

  /** The configuration with the log level applied, or empty after printing every problem. */
  private static Optional<StarhashConfig> load(ServerOptions options, PrintStream err) {
    try {
      StarhashConfig config = options.load();
      setLogLevel(config);
      return Optional.of(config);
    } catch (ConfigException e) {
      err.println("starhash: bad configuration:");
      e.problems().forEach(p -> err.println("  " + p));
      return Optional.empty();
    }
  }

  /** Blocks until the process is told to stop (Ctrl-C, SIGTERM), then closes {@code running}. */
  private static int serveUntilStopped(AutoCloseable running) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        System.err.println("starhash: stopping failed: " + e);
      }
      stopped.countDown();
    }, "starhash-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String host(InetSocketAddress at) {
    String h = at.getAddress().getHostAddress();
    return h.contains(":") ? "[" + h + "]" : h;
  }

  private static void setLogLevel(StarhashConfig config) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.toLevel(config.log().level().name()));
    }
  }
}
