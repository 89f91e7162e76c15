package io.starhash.core.limit.redis;

import io.starhash.core.limit.DailyTotals;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.LuaScript;
import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.CompletionStage;

/**
 * {@link DailyTotals} in Redis: one counter per subscriber and day, {@code sh:{day:<hash>:<date>}}
 * (the number as a hash), checked and increased by one Lua script, expiring two days later.
 */
public final class RedisDailyTotals implements DailyTotals {

  static final Duration KEEP = Duration.ofDays(2);
  private static final LuaScript<Long> TRY_ADD = LuaScript.integer("""
      local total = tonumber(redis.call('GET', KEYS[1]) or '0')
      local add = tonumber(ARGV[1])
      if total + add > tonumber(ARGV[2]) then return 0 end
      redis.call('INCRBY', KEYS[1], add)
      redis.call('PEXPIRE', KEYS[1], ARGV[3])
      return 1
      """);

  private final SharedRedis redis;

  public RedisDailyTotals(SharedRedis redis) {
    this.redis = redis;
  }

  static byte[] key(Msisdn who, LocalDate day) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(who.e164().getBytes(StandardCharsets.UTF_8));
      return RedisBytes.utf8("sh:{day:" + HexFormat.of().formatHex(h, 0, 16) + ":" + day + "}");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public CompletionStage<Boolean> tryAdd(Msisdn who, LocalDate day, long minor, long limitMinor) {
    return TRY_ADD.run(redis, new byte[][] {key(who, day)}, RedisBytes.ascii(Long.toString(minor)),
        RedisBytes.ascii(Long.toString(limitMinor)), RedisBytes.ascii(Long.toString(KEEP.toMillis())))
        .thenApply(r -> r != null && r == 1L);
  }

  @Override
  public CompletionStage<Long> total(Msisdn who, LocalDate day) {
    return RedisCall.guarded(() -> redis.async().get(key(who, day)))
        .thenApply(v -> v == null ? 0L : Long.parseLong(RedisBytes.text(v)));
  }
}
