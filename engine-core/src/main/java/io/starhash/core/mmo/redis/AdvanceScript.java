package io.starhash.core.mmo.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.redis.RedisFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Replaces one journal entry unless the stored one is final, in one Lua script on one key (so
 * Redis Cluster is fine): EVALSHA, and EVAL when Redis answers NOSCRIPT.
 *
 * <p>KEYS[1] the entry key; ARGV[1] the new value; ARGV[2] a time to live in milliseconds for
 * it, or empty for none. Returns the value stored afterwards.
 */
final class AdvanceScript {

  static final String SOURCE = """
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
      """;

  static final String SHA = sha1(SOURCE);

  private AdvanceScript() {}

  static CompletionStage<byte[]> run(RedisAsyncCommands<byte[], byte[]> commands, byte[] key,
      byte[] value, byte[] ttlMillis) {
    byte[][] keys = {key};
    CompletionStage<byte[]> sha = commands.evalsha(SHA, ScriptOutputType.VALUE, keys, value, ttlMillis);
    return sha.exceptionallyCompose(e -> {
      if (RedisFailure.unwrap(e) instanceof RedisNoScriptException) {
        return commands.<byte[]>eval(SOURCE, ScriptOutputType.VALUE, keys, value, ttlMillis);
      }
      return CompletableFuture.failedStage(e);
    });
  }

  private static String sha1(String script) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(md.digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JDK", e);
    }
  }
}
