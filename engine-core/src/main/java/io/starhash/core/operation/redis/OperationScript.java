package io.starhash.core.operation.redis;

import io.starhash.core.redis.LuaScript;
import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.SharedRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Writes a whole operation hash in one Lua script (see {@link LuaScript} for how it is sent):
 * create (only if absent) or compare-and-set (only if the stored version and status are the
 * expected ones).
 *
 * <p>KEYS[1] the operation key; ARGV[1] the expected version, or empty for "must be absent";
 * ARGV[2] the expected status; ARGV[3] milliseconds to live, 0 for none; ARGV[4..] the fields
 * and values. Returns 1 if written.
 */
final class OperationScript {

  static final LuaScript<Long> SCRIPT = LuaScript.integer("""
      local v = redis.call('HGET', KEYS[1], 'version')
      if ARGV[1] == '' then
        if v then return 0 end
      else
        if v ~= ARGV[1] or redis.call('HGET', KEYS[1], 'status') ~= ARGV[2] then return 0 end
        redis.call('DEL', KEYS[1])
      end
      redis.call('HSET', KEYS[1], unpack(ARGV, 4))
      if ARGV[3] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
      return 1
      """);

  private OperationScript() {}

  /**
   * Runs the script; completes with whether the hash was written.
   *
   * @param expectedVersion null to create
   * @param expectedStatus the status name the stored hash must have; ignored when creating
   * @param ttlMillis 0 to keep the hash without expiry
   */
  static CompletionStage<Boolean> run(SharedRedis redis, byte[] key, Long expectedVersion,
      String expectedStatus, long ttlMillis, List<byte[]> fields) {
    List<byte[]> args = new ArrayList<>(fields.size() + 3);
    args.add(RedisBytes.utf8(expectedVersion == null ? "" : expectedVersion.toString()));
    args.add(RedisBytes.utf8(expectedStatus == null ? "" : expectedStatus));
    args.add(RedisBytes.utf8(Long.toString(ttlMillis)));
    args.addAll(fields);
    return SCRIPT.run(redis, new byte[][] {key}, args.toArray(byte[][]::new))
        .thenApply(r -> r == 1L);
  }
}
