package io.starhash.server.bench;

import io.starhash.core.redis.RedisSettings;
import io.starhash.localredis.AvailableRedis;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code starhash bench}: finds or starts a Redis (as the test harness does), runs the ceiling,
 * the built-in flow on Redis and the built-in flow in memory with the same load, measures what a
 * session costs, stops the Redis it started, and renders the result.
 */
public final class Benchmark {

  private Benchmark() {}

  /**
   * @param env the environment: {@code REDIS_URL}, {@code PATH}, and {@code STARHASH_*} settings
   *     for the servers under test
   * @param progress where a line per step goes (stderr), so that the result alone is on stdout
   * @return the table with its header, or one JSON object when {@code json}
   * @throws IllegalStateException if no Redis can be started or a server fails its probe
   */
  public static String run(BenchSettings settings, boolean json, Map<String, String> env, PrintStream progress)
      throws InterruptedException {
    try (AvailableRedis redis = AvailableRedis.find(env)) {
      String source = redis.startedHere().isPresent()
          ? redis.source() + " started on 127.0.0.1:" + redis.startedHere().get().port() + ", stopped at the end"
          : AvailableRedis.ENV + " " + RedisSettings.of(redis.url()).maskedUrl();
      progress.println("bench: redis from " + source);
      BenchResult result = new BenchRunner(settings, env, progress).run(redis.url(), source);
      return json ? result.toJson() : result.toText();
    }
  }
}
