package io.starhash.core.subscriber.redis;

import io.lettuce.core.SetArgs;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.LuaScript;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.subscriber.StagedChange;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberStore;
import io.starhash.core.subscriber.SubscriberStoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribers in Redis, one string value per subscriber and one per staged change (layout in
 * {@link SubscriberLayout}): GET to read, SET NX to create, a Lua compare-and-set of the whole
 * value to update, SET PX for a staged change and a Lua compare-and-delete to take it.
 *
 * <p>Thread-safe. Stages complete on Lettuce's I/O threads, exceptionally with
 * {@link SubscriberStoreException} (the Lettuce failure as its cause) when Redis fails or a
 * stored value does not decode.
 */
public final class RedisSubscriberStore implements SubscriberStore {

  private static final Logger log = LoggerFactory.getLogger(RedisSubscriberStore.class);

  /** KEYS[1] = ARGV[2] if KEYS[1] holds ARGV[1]; answers 1 if set. */
  private static final LuaScript<Long> COMPARE_AND_SET = LuaScript.integer("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2])
        return 1
      end
      return 0
      """);

  /** Deletes KEYS[1] if it holds ARGV[1]; answers 1 if deleted. */
  private static final LuaScript<Long> COMPARE_AND_DELETE = LuaScript.integer("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """);

  private final SharedRedis redis;

  /** A store on the shared connection, which it never closes. */
  public RedisSubscriberStore(SharedRedis redis) {
    this.redis = Objects.requireNonNull(redis, "redis");
  }

  @Override
  public CompletionStage<Optional<Subscriber>> find(Msisdn msisdn) {
    return read("find", msisdn, SubscriberLayout.key(msisdn), SubscriberLayout::subscriber);
  }

  @Override
  public CompletionStage<Boolean> create(Subscriber subscriber) {
    Msisdn m = subscriber.msisdn();
    byte[] value = SubscriberLayout.value(subscriber);
    return call("create", m,
        () -> redis.async().set(SubscriberLayout.key(m), value, SetArgs.Builder.nx()),
        "OK"::equals);
  }

  @Override
  public CompletionStage<Boolean> replace(Subscriber expected, Subscriber updated) {
    Msisdn m = expected.msisdn();
    if (!m.equals(updated.msisdn())) {
      throw new IllegalArgumentException("replace must keep the number");
    }
    return compare("replace", m, COMPARE_AND_SET, SubscriberLayout.key(m),
        SubscriberLayout.value(expected), SubscriberLayout.value(updated));
  }

  @Override
  public CompletionStage<Void> stage(StagedChange change, Duration ttl) {
    Msisdn m = change.msisdn();
    byte[] value = SubscriberLayout.value(change);
    SetArgs expiry = SetArgs.Builder.px(Math.max(1, ttl.toMillis()));
    return call("stage", m, () -> redis.async().set(SubscriberLayout.stagedKey(m), value, expiry),
        ok -> null);
  }

  @Override
  public CompletionStage<Optional<StagedChange>> findStaged(Msisdn msisdn) {
    return read("find staged", msisdn, SubscriberLayout.stagedKey(msisdn), SubscriberLayout::staged);
  }

  @Override
  public CompletionStage<Boolean> removeStaged(StagedChange expected) {
    Msisdn m = expected.msisdn();
    return compare("remove staged", m, COMPARE_AND_DELETE, SubscriberLayout.stagedKey(m),
        SubscriberLayout.value(expected));
  }

  private interface Decoder<T> {
    T decode(Msisdn msisdn, byte[] value);
  }

  /** GETs {@code key} and decodes the value, if any. */
  private <T> CompletionStage<Optional<T>> read(String op, Msisdn msisdn, byte[] key,
      Decoder<T> decoder) {
    return call(op, msisdn, () -> redis.async().get(key),
        v -> v == null ? Optional.empty() : Optional.of(decode(msisdn, v, decoder)));
  }

  /** Runs a compare-and-X script on {@code key}; completes with whether it acted. */
  private CompletionStage<Boolean> compare(String op, Msisdn msisdn, LuaScript<Long> script,
      byte[] key, byte[]... args) {
    return call(op, msisdn, () -> script.run(redis, new byte[][] {key}, args), r -> r == 1L);
  }

  private static <T> T decode(Msisdn msisdn, byte[] value, Decoder<T> decoder) {
    try {
      return decoder.decode(msisdn, value);
    } catch (RuntimeException e) {
      log.warn("corrupt subscriber value in redis for {} ({} bytes): {}", msisdn.masked(),
          value.length, e.getMessage());
      throw new SubscriberStoreException("corrupt subscriber value for " + msisdn.masked(), e);
    }
  }

  /** Runs one Redis call and maps its result, turning every failure into a store exception. */
  private <T, R> CompletionStage<R> call(String op, Msisdn msisdn,
      Supplier<CompletionStage<T>> command, Function<T, R> then) {
    String what = "subscriber " + op + " of " + msisdn.masked();
    return RedisCall.map(command, then, (reason, cause) -> {
      log.debug("redis {} failed ({}): {}", what, reason, cause.toString());
      return new SubscriberStoreException(RedisCall.message("redis " + what, redis, reason, cause),
          cause);
    });
  }
}
