package io.starhash.core.partner.redis;

import static io.starhash.core.redis.RedisBytes.text;
import static io.starhash.core.redis.RedisBytes.utf8;

import io.lettuce.core.ScriptOutputType;
import io.starhash.core.partner.Notification;
import io.starhash.core.partner.NotificationStore;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications in Redis, the latest {@code capacity} per partner:
 *
 * <pre>
 * sh:ntf:{&lt;partnerId&gt;}      LIST   newest first, each {@code <id>|<epoch ms>|<operation id or empty>|<text>}
 * sh:ntf:{&lt;partnerId&gt;}:seq  STRING the partner's last notification id
 * </pre>
 *
 * One Lua script numbers, pushes and trims (LTRIM), so ids follow the order of the list. It is
 * sent with EVAL each time: notifications are rare next to hops.
 *
 * <p>Thread-safe. Stages fail with Lettuce's exception when Redis is down or slow.
 */
public final class RedisNotificationStore implements NotificationStore {

  private static final Logger log = LoggerFactory.getLogger(RedisNotificationStore.class);

  static final String APPEND = """
      local id = redis.call('INCR', KEYS[2])
      redis.call('LPUSH', KEYS[1], id .. '|' .. ARGV[1])
      redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
      return id
      """;

  private final SharedRedis redis;
  private final Clock clock;
  private final int capacity;

  public RedisNotificationStore(SharedRedis redis, Clock clock, int capacity) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  static byte[] listKey(String partnerId) {
    return utf8("sh:ntf:{" + partnerId + "}");
  }

  static byte[] seqKey(String partnerId) {
    return utf8("sh:ntf:{" + partnerId + "}:seq");
  }

  @Override
  public CompletionStage<Notification> append(String partnerId, String operationId, String text) {
    Notification.validate(partnerId, operationId, text);
    Instant at = clock.instant();
    String body = at.toEpochMilli() + "|" + (operationId == null ? "" : operationId) + "|" + text;
    byte[][] keys = {listKey(partnerId), seqKey(partnerId)};
    return RedisCall.guarded(() -> redis.async()
        .<Long>eval(APPEND, ScriptOutputType.INTEGER, keys, utf8(body), utf8(Integer.toString(capacity)))
        .thenApply(n -> new Notification(n, at, partnerId, operationId, text)));
  }

  @Override
  public CompletionStage<List<Notification>> list(String partnerId, long sinceId) {
    return RedisCall.guarded(() -> redis.async().lrange(listKey(partnerId), 0, -1).thenApply(values -> {
      List<Notification> out = new ArrayList<>();
      for (int i = values.size() - 1; i >= 0; i--) {
        Notification n = decode(partnerId, text(values.get(i)));
        if (n != null && n.id() > sinceId) {
          out.add(n);
        }
      }
      return out;
    }));
  }

  /** The notification in a list element, or null (logged) if it is corrupt. */
  private static Notification decode(String partnerId, String value) {
    String[] parts = value.split("\\|", 4);
    try {
      if (parts.length != 4) {
        throw new IllegalArgumentException(parts.length + " parts");
      }
      return new Notification(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
          partnerId, parts[2].isEmpty() ? null : parts[2], parts[3]);
    } catch (IllegalArgumentException e) {
      log.warn("corrupt notification of partner {} in redis: {}", partnerId, e.getMessage());
      return null;
    }
  }
}
