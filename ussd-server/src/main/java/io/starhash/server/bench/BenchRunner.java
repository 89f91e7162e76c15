package io.starhash.server.bench;

import io.starhash.core.engine.DemoData;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the three modes one after another against one Redis, in this JVM, with the same load
 * generator settings, then measures what a session costs: its serialized size, Redis memory
 * per live session, and heap after {@code liveSessions} live sessions.
 */
final class BenchRunner {

  private final BenchSettings settings;
  private final Map<String, String> env;
  private final PrintStream progress;
  private final List<String> customers = DemoData.CUSTOMERS.stream().map(c -> c.msisdn().e164()).toList();

  /**
   * @param env {@code STARHASH_*} settings for the servers under test (see {@link BenchServer#start})
   * @param progress where a line per step goes while the benchmark runs
   */
  BenchRunner(BenchSettings settings, Map<String, String> env, PrintStream progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.env = Map.copyOf(env);
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * @param redisUrl a Redis the benchmark may write to (sessions, demo data, ceiling keys)
   * @param redisSource where it came from, for the header
   */
  BenchResult run(String redisUrl, String redisSource) throws InterruptedException {
    String nonce = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    Map<Mode, ModeResult> results = new EnumMap<>(Mode.class);
    try (RedisAdmin admin = new RedisAdmin(redisUrl)) {
      String redis = "redis " + admin.version() + " from " + redisSource;
      try (BenchServer server = start(Mode.CEILING, redisUrl)) {
        results.put(Mode.CEILING, measure(Mode.CEILING, server));
      }
      long deleted = admin.deleteMatching(CeilingEngine.KEY_PREFIX + "*");
      say("deleted the ceiling's %,d keys", deleted);
      int sessionBytes;
      Optional<HalfPeak> halfPeak;
      LiveSessions.Footprint live;
      try (BenchServer server = start(Mode.REDIS, redisUrl)) {
        AtClient client = new AtClient(server.africasTalking());
        String probeId = nonce + "probe-redis";
        FlowProbe probe = new FlowProbe(client, probeId, customers.get(0));
        probe.toPinScreen();
        sessionBytes = SessionSize.inRedis(redisUrl, probeId);
        probe.cancel();
        results.put(Mode.REDIS, measure(Mode.REDIS, server));
        halfPeak = halfPeak(server, results.get(Mode.REDIS));
        say("opening %,d live sessions on Redis", settings.liveSessions());
        live = LiveSessions.measure(client, admin, customers, nonce + "live-", settings.liveSessions());
      }
      try (BenchServer server = start(Mode.MEMORY, redisUrl)) {
        FlowProbe probe = new FlowProbe(new AtClient(server.africasTalking()), nonce + "probe-memory",
            customers.get(0));
        probe.toPinScreen();
        probe.cancel();
        results.put(Mode.MEMORY, measure(Mode.MEMORY, server));
      }
      return new BenchResult(Machine.current(), settings, redis, results, halfPeak, sessionBytes, live);
    }
  }

  private BenchServer start(Mode mode, String redisUrl) {
    say("%s: starting the server (%s)", mode.key(), mode.description());
    return BenchServer.start(mode, redisUrl, env);
  }

  private ModeResult measure(Mode mode, BenchServer server) throws InterruptedException {
    say("%s: %.1f s warm-up, then %.1f s measured, %d concurrent handsets", mode.key(),
        settings.warmup().toMillis() / 1000.0, settings.duration().toMillis() / 1000.0, settings.concurrency());
    ModeResult r = LoadDriver.peak(server.africasTalking(), settings);
    say("%s: %.1f hops/s, p50 %.3f ms, p99 %.3f ms, %d errors", mode.key(), r.hopsPerSec(), r.p50Ms(), r.p99Ms(),
        r.errorCount());
    return r;
  }

  /** The same server again, open model, at half the sessions per second of its peak. */
  private Optional<HalfPeak> halfPeak(BenchServer server, ModeResult peak) throws InterruptedException {
    double rate = peak.sessionsPerSec() / 2;
    if (!(rate > 0)) {
      say("redis: no sessions completed at the peak, so no half-peak run");
      return Optional.empty();
    }
    say("redis: again at half the peak, %.1f sessions/s scheduled (open model)", rate);
    ModeResult r = LoadDriver.atRate(server.africasTalking(), settings, rate);
    say("redis at half peak: %.1f hops/s, p50 %.3f ms, p99 %.3f ms, %d errors", r.hopsPerSec(), r.p50Ms(),
        r.p99Ms(), r.errorCount());
    return Optional.of(new HalfPeak(rate, r));
  }

  private void say(String format, Object... args) {
    progress.println("bench: " + String.format(Locale.ROOT, format, args));
    progress.flush();
  }
}
