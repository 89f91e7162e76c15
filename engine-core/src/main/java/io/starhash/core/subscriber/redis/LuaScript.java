package io.starhash.core.subscriber.redis;

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
 * A Lua script that answers an integer, run by EVALSHA, and by EVAL when Redis answers
 * NOSCRIPT (restart, failover, SCRIPT FLUSH), which also caches it again. Immutable.
 */
final class LuaScript {

  /** KEYS[1] = ARGV[2] if KEYS[1] holds ARGV[1]; answers 1 if set. */
  static final LuaScript COMPARE_AND_SET = new LuaScript("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2])
        return 1
      end
      return 0
      """);

  /** Deletes KEYS[1] if it holds ARGV[1]; answers 1 if deleted. */
  static final LuaScript COMPARE_AND_DELETE = new LuaScript("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """);

  private final String source;
  private final String sha;

  LuaScript(String source) {
    this.source = source;
    this.sha = sha1(source);
  }

  /** Runs the script on {@code key}; completes with its integer answer. */
  CompletionStage<Long> run(RedisAsyncCommands<byte[], byte[]> commands, byte[] key,
      byte[]... args) {
    byte[][] keys = {key};
    CompletionStage<Long> bySha = commands.evalsha(sha, ScriptOutputType.INTEGER, keys, args);
    return bySha.exceptionallyCompose(e -> {
      if (RedisFailure.unwrap(e) instanceof RedisNoScriptException) {
        return commands.<Long>eval(source, ScriptOutputType.INTEGER, keys, args);
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
