package io.starhash.server.bench;

import io.starhash.sim.load.LatencyMs;
import io.starhash.sim.load.LoadGenerator;
import io.starhash.sim.load.LoadReport;
import io.starhash.sim.load.LoadSpec;
import io.starhash.sim.load.Scenarios;
import io.starhash.sim.transcript.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the load generator against one server with the benchmark's scenario
 * ({@value #SCENARIO_RESOURCE}) on the two demo customers, warm-up then the measured time.
 */
final class LoadDriver {

  static final String SCENARIO_RESOURCE = "four-hops.txt";
  static final Transcript SCENARIO = Scenarios.parse(SCENARIO_RESOURCE, text(), Set.of());

  private LoadDriver() {}

  /** The closed model: each handset starts its next session as soon as one ends (the peak). */
  static ModeResult peak(URI africasTalking, BenchSettings s) throws InterruptedException {
    return run(africasTalking, s, OptionalDouble.empty());
  }

  /** The open model: sessions started at {@code sessionsPerSec} across all handsets. */
  static ModeResult atRate(URI africasTalking, BenchSettings s, double sessionsPerSec) throws InterruptedException {
    return run(africasTalking, s, OptionalDouble.of(sessionsPerSec));
  }

  private static ModeResult run(URI africasTalking, BenchSettings s, OptionalDouble rate)
      throws InterruptedException {
    LoadReport r = LoadGenerator.run(new LoadSpec(africasTalking, SCENARIO, s.concurrency(),
        s.warmup().plus(s.duration()), s.warmup(), rate, Map.of(), Scenarios.BUILTIN_NUMBERS,
        Scenarios.BUILTIN_FIRST_NUMBER));
    LatencyMs l = r.latency();
    Map<String, Long> errors = r.errors().entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new ModeResult(r.hopsPerSec(), r.sessionsPerSec(), r.hops(), r.sessions(), l.p50(), l.p90(), l.p99(),
        l.p999(), l.max(), errors);
  }

  private static String text() {
    try (InputStream in = LoadDriver.class.getResourceAsStream(SCENARIO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCENARIO_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
