package io.starhash.core.session.redis;

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
 * The compare-and-set of one session key in one Lua script: run by EVALSHA, and by EVAL when
 * Redis answers NOSCRIPT (restart, failover, SCRIPT FLUSH), which also caches it again.
 *
 * <p>KEYS[1] the session key; ARGV[1] the expected 4-byte hop prefix, or empty for "must be
 * absent"; ARGV[2] the new value; ARGV[3] the time to live in milliseconds. Returns 1 if set.
 */
final class CasScript {

  static final String SOURCE = """
      local cur = redis.call('GET', KEYS[1])
      if ARGV[1] == '' then
        if cur then return 0 end
      elseif (not cur) or string.sub(cur, 1, 4) ~= ARGV[1] then
        return 0
      end
      redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
      return 1
      """;

  static final String SHA = sha1(SOURCE);

  private static final byte[] ABSENT = new byte[0];

  private CasScript() {}

  /** Runs the script; completes with whether the value was set. */
  static CompletionStage<Boolean> run(RedisAsyncCommands<byte[], byte[]> commands, byte[] key,
      int expectedHop, byte[] value, byte[] ttlMillis) {
    byte[][] keys = {key};
    byte[] expected = expectedHop == 0 ? ABSENT : SessionLayout.hop(expectedHop);
    CompletionStage<Long> sha = commands.evalsha(SHA, ScriptOutputType.INTEGER, keys,
        expected, value, ttlMillis);
    return sha.exceptionallyCompose(e -> {
      if (RedisFailure.unwrap(e) instanceof RedisNoScriptException) {
        return commands.<Long>eval(SOURCE, ScriptOutputType.INTEGER, keys, expected, value,
            ttlMillis);
      }
      return CompletableFuture.failedStage(e);
    }).thenApply(r -> r == 1L);
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
