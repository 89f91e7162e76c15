package io.starhash.server.cli;

import ch.qos.logback.classic.Level;
import io.starhash.server.bench.BenchSettings;
import io.starhash.server.bench.Benchmark;
import io.starhash.sim.load.DurationText;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code starhash bench}: the ceiling, the built-in flow on Redis and in memory, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure hops/s and latency of the ceiling (one Redis GET + SET per hop), the built-in"
        + " *165# flow on Redis and in memory, with the same load; and what a session costs.",
        "Starts a Redis (REDIS_URL, else redis-server on the PATH, else embedded-redis) and stops it at the end."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "a smoke run under a minute: 5s per mode, 10,000 live sessions")
  boolean quick;

  @Option(names = "--json", description = "print one JSON object instead of the table")
  boolean json;

  @Option(names = "--concurrency", paramLabel = "C", description = "concurrent virtual handsets (default: 32)")
  Integer concurrency;

  @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
      description = "measured time per mode, e.g. 20s, 1m, 500ms (default: 20s, --quick 5s)")
  Duration duration;

  @Option(names = "--sessions", paramLabel = "N",
      description = "live sessions opened to measure memory per session (default: 100000, --quick 10000)")
  Integer sessions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.WARN);
    }
    BenchSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("starhash bench: " + e.getMessage());
      return 2;
    }
    try {
      String out = Benchmark.run(settings, json, System.getenv(), System.err);
      spec.commandLine().getOut().println(out);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("starhash bench: failed: " + e.getMessage());
      return 1;
    }
  }

  private BenchSettings settings() {
    BenchSettings s = quick ? BenchSettings.quickRun() : BenchSettings.standard();
    if (concurrency != null) {
      s = s.withConcurrency(concurrency);
    }
    if (duration != null) {
      s = s.withDuration(duration);
    }
    if (sessions != null) {
      s = s.withLiveSessions(sessions);
    }
    return s;
  }

  /** {@code 500ms}, {@code 20s}, {@code 2m}, as {@code starhash load} reads them. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return DurationText.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
