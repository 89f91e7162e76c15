package io.starhash.core.session.redis;

import io.starhash.core.redis.LuaScript;
import io.starhash.core.redis.SharedRedis;
import java.util.concurrent.CompletionStage;

/**
 * The compare-and-set of one session key in one Lua script (see {@link LuaScript} for how it is
 * sent).
 *
 * <p>KEYS[1] the session key; ARGV[1] the expected 4-byte hop prefix, or empty for "must be
 * absent"; ARGV[2] the new value; ARGV[3] the time to live in milliseconds. Returns 1 if set.
 */
final class CasScript {

  static final LuaScript<Long> SCRIPT = LuaScript.integer("""
      local cur = redis.call('GET', KEYS[1])
      if ARGV[1] == '' then
        if cur then return 0 end
      elseif (not cur) or string.sub(cur, 1, 4) ~= ARGV[1] then
        return 0
      end
      redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
      return 1
      """);

  private static final byte[] ABSENT = new byte[0];

  private CasScript() {}

  /** Runs the script; completes with whether the value was set. */
  static CompletionStage<Boolean> run(SharedRedis redis, byte[] key, int expectedHop,
      byte[] value, byte[] ttlMillis) {
    byte[] expected = expectedHop == 0 ? ABSENT : SessionLayout.hop(expectedHop);
    return SCRIPT.run(redis, new byte[][] {key}, expected, value, ttlMillis)
        .thenApply(r -> r == 1L);
  }
}
