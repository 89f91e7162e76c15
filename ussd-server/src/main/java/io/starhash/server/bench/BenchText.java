package io.starhash.server.bench;

import java.util.Locale;
import java.util.Map;

/** {@link BenchResult} as the header and table that {@code starhash bench} prints. */
final class BenchText {

  /** How the pieces run, the same for every mode. */
  static final String SETUP = "server and load generator in this one JVM (the load generator's Netty client"
      + " shares the cores with the server), Redis a separate process on this machine, all over loopback";

  private BenchText() {}

  static String render(BenchResult r) {
    StringBuilder out = new StringBuilder();
    header(out, r);
    out.append(String.format(Locale.ROOT, "%n%-8s %10s %9s %9s %9s %8s%n", "mode", "hops/s", "p50 ms", "p99 ms",
        "sess/s", "errors"));
    for (Mode m : Mode.values()) {
      ModeResult x = r.mode(m);
      out.append(String.format(Locale.ROOT, "%-8s %10.1f %9.3f %9.3f %9.1f %8d%n", m.key(), x.hopsPerSec(),
          x.p50Ms(), x.p99Ms(), x.sessionsPerSec(), x.errorCount()));
    }
    out.append(String.format(Locale.ROOT, "%nratio real(redis)/ceiling: %.3f%n", r.ratio()));
    r.halfPeak().ifPresent(h -> out.append(String.format(Locale.ROOT, "redis at half its peak (open model, %.1f"
        + " sessions/s scheduled): %.1f hops/s, p50 %.3f ms, p99 %.3f ms, %d errors%n", h.sessionsPerSec(),
        h.result().hopsPerSec(), h.result().p50Ms(), h.result().p99Ms(), h.result().errorCount())));
    footprint(out, r);
    errors(out, r);
    return out.toString();
  }

  private static void header(StringBuilder out, BenchResult r) {
    BenchSettings s = r.settings();
    out.append("starhash bench").append(s.quick() ? " --quick (smoke run: short and few sessions)" : "")
        .append('\n');
    out.append("machine: ").append(r.machine().describe()).append('\n');
    out.append("redis:   ").append(r.redis()).append('\n');
    out.append("setup:   ").append(SETUP).append('\n');
    out.append(String.format(Locale.ROOT, "load:    4-hop sessions (dial *165#, 3, 100, 0) over the Africa's Talking"
        + " dialect, %d concurrent handsets, %.1f s per mode after %.1f s warm-up%n", s.concurrency(),
        s.duration().toMillis() / 1000.0, s.warmup().toMillis() / 1000.0));
    for (Mode m : Mode.values()) {
      out.append(String.format(Locale.ROOT, "  %-8s %s%n", m.key(), m.description()));
    }
    out.append("  then redis once more at half its peak sessions/s (open model: latency corrected for"
        + " coordinated omission)\n");
  }

  private static void footprint(StringBuilder out, BenchResult r) {
    LiveSessions.Footprint live = r.live();
    out.append(String.format(Locale.ROOT, "session: %d bytes serialized (SessionCodec; the built-in flow at a PIN"
        + " screen)%n", r.sessionBytes()));
    out.append(String.format(Locale.ROOT, "Redis memory per live session: %.0f bytes of used_memory (%,d sessions)%n",
        live.redisBytesPerSession(), live.open()));
    out.append(String.format(Locale.ROOT, "heap: %.1f MB used after %,d live sessions on Redis (%.1f MB before"
        + " opening them; after a full GC)%s%n", live.heapAfterMb(), live.open(), live.heapBeforeMb(),
        live.open() < BenchSettings.FULL_LIVE_SESSIONS
            ? String.format(Locale.ROOT, " [fewer than %,d: smoke run]", BenchSettings.FULL_LIVE_SESSIONS) : ""));
  }

  private static void errors(StringBuilder out, String name, ModeResult result) {
    Map<String, Long> errors = result.sortedErrors();
    if (!errors.isEmpty()) {
      out.append("errors in ").append(name).append(": ").append(errors).append('\n');
    }
  }

  private static void errors(StringBuilder out, BenchResult r) {
    for (Mode m : Mode.values()) {
      errors(out, m.key(), r.mode(m));
    }
    r.halfPeak().ifPresent(h -> errors(out, "redis at half peak", h.result()));
    if (r.live().failed() > 0) {
      out.append(String.format(Locale.ROOT, "live sessions: %,d of %,d could not be opened, first: %s%n",
          r.live().failed(), r.live().failed() + r.live().open(), r.live().firstFailure()));
    }
  }
}
