package io.starhash.localredis;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Redis to use, found the way the test harness finds one: {@code REDIS_URL} if set, else a
 * {@link LocalRedisServer} ({@code redis-server} on the {@code PATH}, else embedded-redis).
 *
 * <p>Thread-safe. {@link #close()} stops the server only if it was started here; a Redis named
 * by {@code REDIS_URL} is left running.
 */
public final class AvailableRedis implements AutoCloseable {

  /** The environment variable that names an existing Redis. */
  public static final String ENV = "REDIS_URL";

  private final String url;
  private final String source;
  private final LocalRedisServer started;

  private AvailableRedis(String url, String source, LocalRedisServer started) {
    this.url = Objects.requireNonNull(url, "url");
    this.source = Objects.requireNonNull(source, "source");
    this.started = started;
  }

  /**
   * {@code REDIS_URL} from {@code env} if set and not blank, else a server started now.
   *
   * @param env the environment, e.g. {@link System#getenv()}; {@code PATH} is read from it too
   * @throws IllegalStateException if a server had to be started and could not be
   */
  public static AvailableRedis find(Map<String, String> env) {
    String given = env.get(ENV);
    if (given != null && !given.isBlank()) {
      return new AvailableRedis(given.trim(), ENV, null);
    }
    LocalRedisServer local = LocalRedisServer.start(env.get("PATH"));
    return new AvailableRedis(local.url(), local.source(), local);
  }

  /** The url to connect to, e.g. {@code redis://127.0.0.1:40123}; may hold a password. */
  public String url() {
    return url;
  }

  /** {@code REDIS_URL}, the path of the {@code redis-server} started, or {@code embedded-redis}. */
  public String source() {
    return source;
  }

  /** The server started here, if this is not a Redis given by {@code REDIS_URL}. */
  public Optional<LocalRedisServer> startedHere() {
    return Optional.ofNullable(started);
  }

  @Override
  public void close() {
    if (started != null) {
      started.stop();
    }
  }
}
