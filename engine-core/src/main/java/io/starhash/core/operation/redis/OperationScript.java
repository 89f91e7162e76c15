package io.starhash.core.operation.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.redis.RedisFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Writes a whole operation hash in one Lua script: create (only if absent) or compare-and-set
 * (only if the stored version and status are the expected ones). Run by EVALSHA, and by EVAL
 * when Redis answers NOSCRIPT.
 *
 * <p>KEYS[1] the operation key; ARGV[1] the expected version, or empty for "must be absent";
 * ARGV[2] the expected status; ARGV[3] milliseconds to live, 0 for none; ARGV[4..] the fields
 * and values. Returns 1 if written.
 */
final class OperationScript {

  static final String SOURCE = """
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
      """;

  static final String SHA = sha1(SOURCE);

  private OperationScript() {}

  /**
   * Runs the script; completes with whether the hash was written.
   *
   * @param expectedVersion null to create
   * @param expectedStatus the status name the stored hash must have; ignored when creating
   * @param ttlMillis 0 to keep the hash without expiry
   */
  static CompletionStage<Boolean> run(RedisAsyncCommands<byte[], byte[]> commands, byte[] key,
      Long expectedVersion, String expectedStatus, long ttlMillis, List<byte[]> fields) {
    byte[][] keys = {key};
    List<byte[]> args = new ArrayList<>(fields.size() + 3);
    args.add(OperationKeys.bytes(expectedVersion == null ? "" : expectedVersion.toString()));
    args.add(OperationKeys.bytes(expectedStatus == null ? "" : expectedStatus));
    args.add(OperationKeys.bytes(Long.toString(ttlMillis)));
    args.addAll(fields);
    byte[][] argv = args.toArray(byte[][]::new);
    CompletionStage<Long> sha = commands.evalsha(SHA, ScriptOutputType.INTEGER, keys, argv);
    return sha.exceptionallyCompose(e -> {
      if (RedisFailure.unwrap(e) instanceof RedisNoScriptException) {
        return commands.<Long>eval(SOURCE, ScriptOutputType.INTEGER, keys, argv);
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
