package io.starhash.core.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A Lua script run by EVALSHA, and by EVAL when Redis answers NOSCRIPT (restart, failover,
 * SCRIPT FLUSH), which also caches it again. The SHA-1 is computed here, so no SCRIPT LOAD is
 * needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> what the script answers, as Lettuce decodes its output type
 */
public final class LuaScript<T> {

  private final String source;
  private final String sha;
  private final ScriptOutputType type;

  private LuaScript(String source, ScriptOutputType type) {
    this.source = Objects.requireNonNull(source, "source");
    this.sha = sha1(source);
    this.type = type;
  }

  /** A script that answers an integer. */
  public static LuaScript<Long> integer(String source) {
    return new LuaScript<>(source, ScriptOutputType.INTEGER);
  }

  /** A script that answers a bulk string (null for a Lua {@code false}). */
  public static LuaScript<byte[]> value(String source) {
    return new LuaScript<>(source, ScriptOutputType.VALUE);
  }

  /** The SHA-1 of the source in lower-case hex, as {@code SCRIPT LOAD} would answer. */
  public String sha() {
    return sha;
  }

  /**
   * Runs the script on the shared connection; completes with its answer on Lettuce's I/O
   * threads, or exceptionally with Lettuce's failure. Throws (instead of failing the stage) if
   * Lettuce refuses to issue the EVALSHA at all.
   */
  public CompletionStage<T> run(SharedRedis redis, byte[][] keys, byte[]... args) {
    RedisAsyncCommands<byte[], byte[]> commands = redis.async();
    CompletionStage<T> bySha = commands.evalsha(sha, type, keys, args);
    return bySha.exceptionallyCompose(e -> {
      if (RedisFailure.unwrap(e) instanceof RedisNoScriptException) {
        return commands.<T>eval(source, type, keys, args);
      }
      return CompletableFuture.failedStage(e);
    });
  }

  private static String sha1(String script) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(md.digest(RedisBytes.utf8(script)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JDK", e);
    }
  }
}
