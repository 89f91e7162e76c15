package io.starhash.core.audit;

import static io.starhash.core.redis.RedisBytes.text;
import static io.starhash.core.redis.RedisBytes.utf8;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.starhash.core.redis.SharedRedis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The audit log as the Redis stream {@link #KEY}: one XADD per event, trimmed to about
 * {@code maxLength} entries ({@code MAXLEN ~}, so Redis trims whole nodes cheaply). Fields are
 * {@code at} (ISO-8601), {@code actor}, {@code action}, {@code subject}, and {@code d.<key>}
 * for each detail.
 *
 * <p>Thread-safe. Stages complete on Lettuce's I/O threads, exceptionally with the Lettuce
 * exception when Redis does not answer within the command timeout.
 */
public final class RedisAuditLog implements AuditLog {

  /** The stream's key. */
  public static final String KEY = "sh:audit";

  private static final byte[] KEY_BYTES = utf8(KEY);
  private static final String DETAIL = "d.";

  private final SharedRedis redis;
  private final XAddArgs trim;

  public RedisAuditLog(SharedRedis redis, long maxLength) {
    this.redis = Objects.requireNonNull(redis, "redis");
    if (maxLength < 1) {
      throw new IllegalArgumentException("audit maxLength must be positive");
    }
    this.trim = new XAddArgs().maxlen(maxLength).approximateTrimming();
  }

  @Override
  public CompletionStage<Void> record(AuditEvent event) {
    Map<byte[], byte[]> body = new LinkedHashMap<>();
    body.put(utf8("at"), utf8(event.at().toString()));
    body.put(utf8("actor"), utf8(event.actor()));
    body.put(utf8("action"), utf8(event.action()));
    body.put(utf8("subject"), utf8(event.subject()));
    event.details().forEach((k, v) -> body.put(utf8(DETAIL + k), utf8(v)));
    return redis.async().xadd(KEY_BYTES, trim, body).thenApply(id -> null);
  }

  @Override
  public CompletionStage<List<AuditEvent>> recent(int limit) {
    return redis.async().xrevrange(KEY_BYTES, Range.unbounded(), Limit.from(Math.max(limit, 0)))
        .thenApply(messages -> {
          List<AuditEvent> out = new ArrayList<>(messages.size());
          for (StreamMessage<byte[], byte[]> m : messages) {
            out.add(event(m.getBody()));
          }
          return out;
        });
  }

  private static AuditEvent event(Map<byte[], byte[]> body) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> details = new LinkedHashMap<>();
    body.forEach((k, v) -> {
      String key = text(k);
      if (key.startsWith(DETAIL)) {
        details.put(key.substring(DETAIL.length()), text(v));
      } else {
        fields.put(key, text(v));
      }
    });
    return new AuditEvent(Instant.parse(fields.get("at")), fields.get("actor"),
        fields.get("action"), fields.get("subject"), details);
  }
}
