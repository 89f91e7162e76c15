package io.starhash.sim.load;

import io.starhash.sim.transcript.Transcript;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a load run does: which server, which scenario, how many handsets, how long, how fast.
 *
 * <p>The run lasts {@code duration}; its first {@code warmup} is played but left out of every
 * figure. Each handset plays the scenario again and again (one play is one "session" of the
 * report). {@code ${msisdn}} and {@code ${session}} in the scenario are filled per session
 * and {@code ${name}} from {@code vars} once per run, so parse the scenario with
 * {@link Scenarios#parse} (a transcript parsed with fixed values plays as written).
 *
 * @param url the server's Africa's Talking endpoint, {@code http://} only
 * @param scenario the scenario, a transcript: {@code dial}, {@code type}, {@code see},
 *     {@code not-see}, {@code end}, {@code con}
 * @param concurrency how many handsets (each one keep-alive connection), 1 to
 *     {@value #MAX_CONCURRENCY}
 * @param duration how long the run lasts, warm-up included; up to one hour
 * @param warmup how long the run plays before it measures; 0 or more, less than the duration
 * @param rate empty: each handset starts its next session as soon as one ends (closed model);
 *     else sessions started per second across all handsets (open model), up to
 *     {@value #MAX_RATE}
 * @param vars values of the scenario's other variables; not {@code msisdn} or {@code session}
 * @param numbers how many phone numbers sessions use, counting up from {@code firstNumber}
 *     and wrapping around
 * @param firstNumber the first phone number, e.g. {@code +255710000000}
 * @param hopTimeout how long a hop may wait for its reply (also bounds connecting)
 */
public record LoadSpec(URI url, Transcript scenario, int concurrency, Duration duration,
    Duration warmup, OptionalDouble rate, Map<String, String> vars, int numbers,
    String firstNumber, Duration hopTimeout) {

  public static final int MAX_CONCURRENCY = 10_000;
  public static final double MAX_RATE = 1_000_000;
  public static final Duration MAX_DURATION = Duration.ofHours(1);
  public static final Duration MAX_HOP_TIMEOUT = Duration.ofMinutes(5);
  public static final Duration DEFAULT_HOP_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_NUMBERS = 100_000;
  public static final String DEFAULT_FIRST_NUMBER = "+255710000000";

  public LoadSpec {
    Objects.requireNonNull(url, "url");
    if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("url must be http://host[:port]/path, got " + url);
    }
    Objects.requireNonNull(scenario, "scenario");
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency must be 1 to " + MAX_CONCURRENCY + ", got " + concurrency);
    }
    requireWithin(duration, Duration.ofMillis(1), MAX_DURATION, "duration");
    Objects.requireNonNull(warmup, "warmup");
    if (warmup.isNegative() || warmup.compareTo(duration) >= 0) {
      throw new IllegalArgumentException(
          "warmup must be 0 or more and less than the duration " + duration + ", got " + warmup);
    }
    Objects.requireNonNull(rate, "rate");
    if (rate.isPresent() && !(rate.getAsDouble() > 0 && rate.getAsDouble() <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "rate must be more than 0 and at most " + MAX_RATE + " sessions/s, got " + rate.getAsDouble());
    }
    vars = Map.copyOf(vars);
    if (vars.containsKey(Scenarios.MSISDN) || vars.containsKey(Scenarios.SESSION)) {
      throw new IllegalArgumentException("vars cannot set msisdn or session: they are set per session");
    }
    Objects.requireNonNull(firstNumber, "firstNumber");
    NumberRange.of(firstNumber, numbers);
    requireWithin(hopTimeout, Duration.ofMillis(1), MAX_HOP_TIMEOUT, "hopTimeout");
  }

  /** A spec with the default hop timeout ({@link #DEFAULT_HOP_TIMEOUT}). */
  public LoadSpec(URI url, Transcript scenario, int concurrency, Duration duration,
      Duration warmup, OptionalDouble rate, Map<String, String> vars, int numbers,
      String firstNumber) {
    this(url, scenario, concurrency, duration, warmup, rate, vars, numbers, firstNumber,
        DEFAULT_HOP_TIMEOUT);
  }

  /**
   * A closed-model spec with the defaults: warm-up {@link #defaultWarmup}, no vars,
   * {@value #DEFAULT_NUMBERS} numbers from {@value #DEFAULT_FIRST_NUMBER}, hop timeout 10 s.
   */
  public static LoadSpec of(URI url, Transcript scenario, int concurrency, Duration duration) {
    return new LoadSpec(url, scenario, concurrency, duration, defaultWarmup(duration),
        OptionalDouble.empty(), Map.of(), DEFAULT_NUMBERS, DEFAULT_FIRST_NUMBER);
  }

  /**
   * {@link #of} for the built-in scenario ({@link Scenarios#builtin()}) on the two demo
   * customers, which it needs.
   */
  public static LoadSpec builtin(URI url, int concurrency, Duration duration) {
    return of(url, Scenarios.builtin(), concurrency, duration)
        .withNumbers(Scenarios.BUILTIN_NUMBERS, Scenarios.BUILTIN_FIRST_NUMBER);
  }

  /** The default warm-up: 10% of the duration, at least 1 s, but at most half the duration. */
  public static Duration defaultWarmup(Duration duration) {
    Duration tenth = duration.dividedBy(10);
    Duration atLeast = tenth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tenth;
    Duration half = duration.dividedBy(2);
    return atLeast.compareTo(half) > 0 ? half : atLeast;
  }

  public LoadSpec withWarmup(Duration value) {
    return new LoadSpec(url, scenario, concurrency, duration, value, rate, vars, numbers, firstNumber, hopTimeout);
  }

  /** The open model at this many sessions per second across all handsets. */
  public LoadSpec withRate(double sessionsPerSecond) {
    return new LoadSpec(url, scenario, concurrency, duration, warmup,
        OptionalDouble.of(sessionsPerSecond), vars, numbers, firstNumber, hopTimeout);
  }

  public LoadSpec withVars(Map<String, String> value) {
    return new LoadSpec(url, scenario, concurrency, duration, warmup, rate, value, numbers, firstNumber, hopTimeout);
  }

  public LoadSpec withNumbers(int count, String first) {
    return new LoadSpec(url, scenario, concurrency, duration, warmup, rate, vars, count, first, hopTimeout);
  }

  public LoadSpec withHopTimeout(Duration value) {
    return new LoadSpec(url, scenario, concurrency, duration, warmup, rate, vars, numbers, firstNumber, value);
  }

  private static void requireWithin(Duration value, Duration min, Duration max, String name) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", got " + value);
    }
  }
}
