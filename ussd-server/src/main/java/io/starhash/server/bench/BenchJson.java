package io.starhash.server.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link BenchResult} as one JSON object: {@code {"ceiling":{"hopsPerSec","p50Ms","p99Ms",...},
 * "redis":{...},"memory":{...},"ratio","sessionBytes","redisBytesPerSession",
 * "heapAfterSessionsMb", ...}}; times in milliseconds, sizes in bytes or MB; {@code redisHalfPeak}
 * is the Redis mode at half its peak rate (open model), or null.
 */
final class BenchJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchJson() {}

  static String render(BenchResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Mode m : Mode.values()) {
      out.put(m.key(), mode(r.mode(m)));
    }
    out.put("ratio", round(r.ratio(), 3));
    out.put("redisHalfPeak", r.halfPeak().map(BenchJson::halfPeak).orElse(null));
    out.put("sessionBytes", r.sessionBytes());
    out.put("redisBytesPerSession", round(r.live().redisBytesPerSession(), 0));
    out.put("heapAfterSessionsMb", round(r.live().heapAfterMb(), 1));
    out.put("heapBeforeSessionsMb", round(r.live().heapBeforeMb(), 1));
    out.put("liveSessions", r.live().open());
    out.put("liveSessionsFailed", r.live().failed());
    out.put("quick", r.settings().quick());
    out.put("concurrency", r.settings().concurrency());
    out.put("durationSec", round(r.settings().duration().toMillis() / 1000.0, 1));
    out.put("warmupSec", round(r.settings().warmup().toMillis() / 1000.0, 1));
    out.put("machine", machine(r.machine()));
    out.put("redisServer", r.redis());
    out.put("setup", BenchText.SETUP);
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the benchmark as JSON", e);
    }
  }

  private static Map<String, Object> mode(ModeResult m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hopsPerSec", round(m.hopsPerSec(), 1));
    out.put("p50Ms", round(m.p50Ms(), 3));
    out.put("p99Ms", round(m.p99Ms(), 3));
    out.put("p90Ms", round(m.p90Ms(), 3));
    out.put("p999Ms", round(m.p999Ms(), 3));
    out.put("maxMs", round(m.maxMs(), 3));
    out.put("sessionsPerSec", round(m.sessionsPerSec(), 1));
    out.put("hops", m.hops());
    out.put("errors", m.sortedErrors());
    return out;
  }

  private static Map<String, Object> halfPeak(HalfPeak h) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sessionsPerSecScheduled", round(h.sessionsPerSec(), 1));
    out.putAll(mode(h.result()));
    return out;
  }

  private static Map<String, Object> machine(Machine m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cores", m.cores());
    out.put("cpu", m.cpu());
    out.put("java", m.java());
    out.put("os", m.os());
    out.put("maxHeapMb", m.maxHeapMb());
    return out;
  }

  static BigDecimal round(double v, int places) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
  }
}
