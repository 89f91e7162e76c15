package io.starhash.benchmarks;

import io.starhash.core.session.Session;
import io.starhash.core.session.SessionCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SessionCodec} on a session of the built-in flow at the cash-in PIN screen (dial,
 * {@code 3}, {@code 100}): what every Redis hop encodes once and decodes once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionCodecBenchmark {

  private Session atPin;
  private byte[] encoded;

  @Setup
  public void setUp() {
    try (BuiltInFlow flow = new BuiltInFlow()) {
      atPin = flow.sessionAfter("ATUid_b4c1e0f2a9d34e6f8c2b7a1d5e9f3c07", "3", "100");
    }
    if (!atPin.lastScreen().text().contains("PIN")) {
      throw new IllegalStateException("not at the PIN screen: " + atPin.lastScreen());
    }
    encoded = SessionCodec.encode(atPin);
  }

  @Benchmark
  public byte[] encode() {
    return SessionCodec.encode(atPin);
  }

  @Benchmark
  public Session decode() {
    return SessionCodec.decode(encoded);
  }
}
