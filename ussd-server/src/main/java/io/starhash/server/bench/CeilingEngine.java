package io.starhash.server.bench;

import io.lettuce.core.SetArgs;
import io.starhash.core.redis.RedisFailure;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.HopResult.Outcome;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import io.starhash.core.ussd.UssdEngine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost floor of a Redis-backed hop: every hop is exactly one GET and one SET of a 300-byte
 * value on the session's own key, and a fixed screen. The value starts with the session's hop
 * counter (4 bytes, big-endian), so the screen depends on what the GET read: hops 1 to 3 of a
 * session answer CON, hop 4 and later END; the built-in flow's 4-hop scenario runs unchanged.
 *
 * <p>Thread-safe; never blocks: both commands are asynchronous on the shared connection.
 */
public final class CeilingEngine implements UssdEngine {

  private static final Logger log = LoggerFactory.getLogger(CeilingEngine.class);

  /** Bytes of the value written per hop, about the size of a stored session. */
  public static final int VALUE_BYTES = 300;
  /** The hop that answers END; earlier hops answer CON. */
  public static final int LAST_HOP = 4;
  /** Prefix of the keys this engine writes: {@code bench:ceiling:{<sessionId>}}. */
  public static final String KEY_PREFIX = "bench:ceiling:";

  static final String FLOW_ID = "ceiling";
  private static final Screen FAILED = Screen.end("Service busy, please try again later.");

  private final SharedRedis redis;
  private final SetArgs expiry;

  /** @param ttl how long a session's key lives after its last hop */
  public CeilingEngine(SharedRedis redis, Duration ttl) {
    this.redis = Objects.requireNonNull(redis, "redis");
    if (ttl.toMillis() <= 0) {
      throw new IllegalArgumentException("ttl must be at least 1 ms");
    }
    this.expiry = SetArgs.Builder.px(ttl.toMillis());
  }

  @Override
  public CompletionStage<HopResult> handle(Hop hop) {
    byte[] key = key(hop.sessionId());
    try {
      return redis.async().get(key)
          .thenCompose(previous -> {
            int n = hopsBefore(previous) + 1;
            return redis.async().set(key, value(n), expiry).thenApply(ok -> answer(n));
          })
          .exceptionally(e -> failed(hop, e));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(hop, e));
    }
  }

  /** The key of one session. */
  public static byte[] key(SessionId id) {
    return (KEY_PREFIX + "{" + id.value() + "}").getBytes(StandardCharsets.US_ASCII);
  }

  private static int hopsBefore(byte[] previous) {
    return previous == null || previous.length < Integer.BYTES ? 0 : ByteBuffer.wrap(previous).getInt();
  }

  static byte[] value(int hop) {
    byte[] v = new byte[VALUE_BYTES];
    Arrays.fill(v, Integer.BYTES, VALUE_BYTES, (byte) 'x');
    ByteBuffer.wrap(v).putInt(hop);
    return v;
  }

  static HopResult answer(int hop) {
    return hop < LAST_HOP
        ? new HopResult(Screen.con("Ceiling hop " + hop + "\n1 Next"), FLOW_ID, Outcome.CONTINUE)
        : new HopResult(Screen.end("Ceiling hop " + hop + ": done"), FLOW_ID, Outcome.END);
  }

  private static HopResult failed(Hop hop, Throwable e) {
    Throwable cause = RedisFailure.unwrap(e);
    log.warn("{} {} ceiling hop failed ({}): {}", hop.sessionId(), hop.msisdn().masked(), RedisFailure.of(cause),
        cause.toString());
    return new HopResult(FAILED, FLOW_ID, Outcome.ERROR);
  }
}
