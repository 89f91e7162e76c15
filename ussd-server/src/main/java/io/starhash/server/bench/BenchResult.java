package io.starhash.server.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one benchmark run measured.
 *
 * @param redis which Redis served the run, e.g. {@code redis 7.0.15 from /usr/bin/redis-server}
 * @param modes one result per {@link Mode}, every mode present
 * @param sessionBytes the serialized size of a built-in flow session at a PIN screen
 * @param halfPeak the Redis mode again at half its peak rate; empty when the peak was 0
 * @param live what {@code settings.liveSessions()} live sessions cost in Redis and in heap
 */
record BenchResult(Machine machine, BenchSettings settings, String redis, Map<Mode, ModeResult> modes,
    Optional<HalfPeak> halfPeak, int sessionBytes, LiveSessions.Footprint live) {

  BenchResult {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(redis, "redis");
    Objects.requireNonNull(halfPeak, "halfPeak");
    Objects.requireNonNull(live, "live");
    modes = new EnumMap<>(modes);
    for (Mode m : Mode.values()) {
      if (!modes.containsKey(m)) {
        throw new IllegalArgumentException("no result for mode " + m.key());
      }
    }
  }

  ModeResult mode(Mode m) {
    return modes.get(m);
  }

  /** Hops per second of the real flow on Redis divided by the ceiling's; 0 if the ceiling did nothing. */
  double ratio() {
    double ceiling = mode(Mode.CEILING).hopsPerSec();
    return ceiling == 0 ? 0 : mode(Mode.REDIS).hopsPerSec() / ceiling;
  }

  /** The table with its header, as {@code starhash bench} prints it. */
  String toText() {
    return BenchText.render(this);
  }

  /** One JSON object, as {@code starhash bench --json} prints it. */
  String toJson() {
    return BenchJson.render(this);
  }
}
