package io.starhash.sim.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a load run, warm-up excluded.
 *
 * @param hopsPerSec hops answered with a well-formed screen per second of the measured time
 * @param sessionsPerSec sessions that held to the end, per second
 * @param hops hops answered with a well-formed {@code CON}/{@code END} screen
 * @param sessions plays of the scenario in which every step held
 * @param errors failed hops and sessions by kind, every kind present (zeros included), in this
 *     order: {@code connect}, {@code closed}, {@code timeout}, {@code http-status},
 *     {@code bad-reply}, {@code mismatch}
 * @param latency of the answered hops
 * @param concurrency how many handsets played
 * @param durationSec the measured time: the run's duration less the warm-up, as it elapsed
 * @param rate the open model's sessions per second, or null for the closed model
 */
public record LoadReport(double hopsPerSec, double sessionsPerSec, long hops, long sessions,
    Map<String, Long> errors, LatencyMs latency, int concurrency, double durationSec, Double rate) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public LoadReport {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    Objects.requireNonNull(latency, "latency");
    if (hops < 0 || sessions < 0 || hopsPerSec < 0 || sessionsPerSec < 0 || durationSec < 0) {
      throw new IllegalArgumentException("counts, rates and the duration must be 0 or more");
    }
  }

  /** All errors, every kind. */
  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A small aligned table for a terminal. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    row(out, "model", rate == null ? "closed (sessions back to back)"
        : "open (" + number(rate) + " sessions/s scheduled)");
    row(out, "handsets", Integer.toString(concurrency));
    row(out, "measured", number(durationSec) + " s (warm-up excluded)");
    row(out, "hops/s", number(hopsPerSec));
    row(out, "sessions/s", number(sessionsPerSec));
    row(out, "hops", Long.toString(hops));
    row(out, "sessions", Long.toString(sessions));
    row(out, "latency ms", String.format(Locale.ROOT, "p50 %s  p90 %s  p99 %s  p99.9 %s  max %s",
        number(latency.p50()), number(latency.p90()), number(latency.p99()),
        number(latency.p999()), number(latency.max())));
    StringBuilder kinds = new StringBuilder();
    errors.forEach((kind, count) -> kinds.append(kinds.length() == 0 ? "" : "  ").append(kind).append(' ').append(count));
    row(out, "errors", errorCount() + " (" + kinds + ")");
    return out.toString();
  }

  /**
   * One JSON object: {@code hopsPerSec, sessionsPerSec, hops, sessions, errors {kind: count},
   * latencyMs {p50, p90, p99, p999, max}, concurrency, durationSec, rate} (rate null in the
   * closed model); decimals rounded to 3 places.
   */
  public String toJson() {
    Map<String, Object> latencyMs = new LinkedHashMap<>();
    latencyMs.put("p50", round(latency.p50()));
    latencyMs.put("p90", round(latency.p90()));
    latencyMs.put("p99", round(latency.p99()));
    latencyMs.put("p999", round(latency.p999()));
    latencyMs.put("max", round(latency.max()));
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("hopsPerSec", round(hopsPerSec));
    all.put("sessionsPerSec", round(sessionsPerSec));
    all.put("hops", hops);
    all.put("sessions", sessions);
    all.put("errors", errors);
    all.put("latencyMs", latencyMs);
    all.put("concurrency", concurrency);
    all.put("durationSec", round(durationSec));
    all.put("rate", rate == null ? null : round(rate));
    try {
      return JSON.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a report as JSON", e);
    }
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append(String.format(Locale.ROOT, "%-12s %s\n", name, value));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.1f" : "%.3f", value);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
