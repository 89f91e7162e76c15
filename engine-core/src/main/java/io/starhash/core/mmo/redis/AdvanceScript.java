package io.starhash.core.mmo.redis;

import io.starhash.core.redis.LuaScript;
import io.starhash.core.redis.SharedRedis;
import java.util.concurrent.CompletionStage;

/**
 * Replaces one journal entry unless the stored one is final, in one Lua script on one key (so
 * Redis Cluster is fine; see {@link LuaScript} for how it is sent).
 *
 * <p>KEYS[1] the entry key; ARGV[1] the new value; ARGV[2] a time to live in milliseconds for
 * it, or empty for none. Returns the value stored afterwards.
 */
final class AdvanceScript {

  static final LuaScript<byte[]> SCRIPT = LuaScript.value("""
      local cur = redis.call('GET', KEYS[1])
      if cur then
        local ok, old = pcall(cjson.decode, cur)
        if ok and (old['state'] == 'COMPLETED' or old['state'] == 'FAILED') then
          return cur
        end
      end
      if ARGV[2] == '' then
        redis.call('SET', KEYS[1], ARGV[1])
      else
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
      end
      return ARGV[1]
      """);

  private AdvanceScript() {}

  static CompletionStage<byte[]> run(SharedRedis redis, byte[] key, byte[] value,
      byte[] ttlMillis) {
    return SCRIPT.run(redis, new byte[][] {key}, value, ttlMillis);
  }
}
