package io.starhash.server.bench;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Blocking admin commands for the benchmark on a connection of its own: memory and command
 * statistics, and deleting the benchmark's keys. Never on a hop's path.
 *
 * <p>Not thread-safe; one owner.
 */
final class RedisAdmin implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;

  RedisAdmin(String url) {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(TIMEOUT);
    this.client = RedisClient.create(uri);
    try {
      this.connection = client.connect();
    } catch (RuntimeException e) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      throw e;
    }
  }

  private RedisCommands<String, String> sync() {
    return connection.sync();
  }

  /** {@code used_memory} of {@code INFO memory}, in bytes. */
  long usedMemory() {
    return field(sync().info("memory"), "used_memory").map(Long::parseLong)
        .orElseThrow(() -> new IllegalStateException("INFO memory has no used_memory"));
  }

  /** {@code redis_version} of {@code INFO server}. */
  String version() {
    return field(sync().info("server"), "redis_version").orElse("?");
  }

  /** {@code CONFIG RESETSTAT}: the command statistics start again from zero. */
  void resetStats() {
    sync().configResetstat();
  }

  /** Calls per command since the last reset, from {@code INFO commandstats}: {@code get -> 12}. */
  Map<String, Long> commandCalls() {
    return commandCalls(sync().info("commandstats"));
  }

  static Map<String, Long> commandCalls(String info) {
    Map<String, Long> calls = new LinkedHashMap<>();
    info.lines().filter(l -> l.startsWith("cmdstat_")).forEach(l -> {
      int colon = l.indexOf(':');
      String command = l.substring("cmdstat_".length(), colon);
      for (String part : l.substring(colon + 1).split(",")) {
        if (part.startsWith("calls=")) {
          calls.put(command, Long.parseLong(part.substring("calls=".length())));
        }
      }
    });
    return calls;
  }

  /** Deletes every key matching {@code pattern} (SCAN + UNLINK); returns how many. */
  long deleteMatching(String pattern) {
    long deleted = 0;
    ScanCursor cursor = ScanCursor.INITIAL;
    ScanArgs args = ScanArgs.Builder.matches(pattern).limit(1000);
    do {
      KeyScanCursor<String> page = sync().scan(cursor, args);
      if (!page.getKeys().isEmpty()) {
        deleted += sync().unlink(page.getKeys().toArray(String[]::new));
      }
      cursor = page;
    } while (!cursor.isFinished());
    return deleted;
  }

  static Optional<String> field(String info, String name) {
    String prefix = name + ":";
    return info.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim()).findFirst();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }
}
