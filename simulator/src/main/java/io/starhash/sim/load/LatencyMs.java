package io.starhash.sim.load;

import org.HdrHistogram.Histogram;

/**
 * Hop latency percentiles of a load run, in milliseconds; all zero when no hop was measured.
 *
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the slowest hop
 */
public record LatencyMs(double p50, double p90, double p99, double p999, double max) {

  private static final double MICROS_PER_MS = 1000.0;

  public LatencyMs {
    for (double v : new double[] {p50, p90, p99, p999, max}) {
      if (!(v >= 0)) {
        throw new IllegalArgumentException("latencies must be 0 or more, got " + v);
      }
    }
    if (p50 > p90 || p90 > p99 || p99 > p999 || p999 > max) {
      throw new IllegalArgumentException("percentiles must not decrease: " + p50 + ", " + p90
          + ", " + p99 + ", " + p999 + ", " + max);
    }
  }

  /** No hop measured. */
  public static LatencyMs none() {
    return new LatencyMs(0, 0, 0, 0, 0);
  }

  /** The percentiles of a histogram of microseconds. */
  static LatencyMs ofMicros(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return none();
    }
    long p999 = micros.getValueAtPercentile(99.9);
    return new LatencyMs(ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
        ms(micros.getValueAtPercentile(99)), ms(p999), ms(Math.max(p999, micros.getMaxValue())));
  }

  private static double ms(long micros) {
    return micros / MICROS_PER_MS;
  }
}
