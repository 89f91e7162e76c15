package io.starhash.core.effect.redis;

import io.lettuce.core.SetArgs;
import io.starhash.core.effect.EffectLedger;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.effect.EffectResultText;
import io.starhash.core.redis.RedisBytes;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The {@link EffectLedger} of all instances: one key per effect call, {@code sh:{fx:<key>}},
 * claimed with {@code SET NX} and holding the encoded result once there is one; kept a day.
 */
public final class RedisEffectLedger implements EffectLedger {

  static final Duration KEEP = Duration.ofDays(1);
  private static final String RUNNING = "running";

  private final SharedRedis redis;

  public RedisEffectLedger(SharedRedis redis) {
    this.redis = redis;
  }

  private static byte[] key(String key) {
    return RedisBytes.utf8("sh:{fx:" + key + "}");
  }

  @Override
  public CompletionStage<Boolean> claim(String key) {
    return RedisCall.guarded(() -> redis.async().set(key(key), RedisBytes.utf8(RUNNING),
        SetArgs.Builder.nx().px(KEEP.toMillis()))).thenApply("OK"::equals);
  }

  @Override
  public CompletionStage<Void> record(String key, EffectResult result) {
    return RedisCall.guarded(() -> redis.async().set(key(key), RedisBytes.utf8(EffectResultText.encode(result)),
        SetArgs.Builder.px(KEEP.toMillis()))).thenApply(ok -> null);
  }

  @Override
  public CompletionStage<Optional<EffectResult>> find(String key) {
    return RedisCall.guarded(() -> redis.async().get(key(key))).thenApply(v ->
        v == null ? Optional.<EffectResult>empty() : EffectResultText.decode(RedisBytes.text(v)));
  }
}
