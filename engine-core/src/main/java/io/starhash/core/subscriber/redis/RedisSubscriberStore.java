package io.starhash.core.subscriber.redis;

import io.lettuce.core.SetArgs;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisFailure;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.subscriber.StagedChange;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberStore;
import io.starhash.core.subscriber.SubscriberStoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

  private final SharedRedis redis;

  /** A store on the shared connection, which it never closes. */
  public RedisSubscriberStore(SharedRedis redis) {
    this.redis = Objects.requireNonNull(redis, "redis");
  }

  @Override
  public CompletionStage<Optional<Subscriber>> find(Msisdn msisdn) {
    return call("find", msisdn, () -> redis.async().get(SubscriberLayout.key(msisdn)),
        v -> v == null ? Optional.empty() : Optional.of(decode(msisdn, v, SubscriberLayout::subscriber)));
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
    byte[] before = SubscriberLayout.value(expected);
    byte[] after = SubscriberLayout.value(updated);
    return call("replace", m, () -> LuaScript.COMPARE_AND_SET.run(redis.async(),
        SubscriberLayout.key(m), before, after), r -> r == 1L);
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
    return call("find staged", msisdn, () -> redis.async().get(SubscriberLayout.stagedKey(msisdn)),
        v -> v == null ? Optional.empty() : Optional.of(decode(msisdn, v, SubscriberLayout::staged)));
  }

  @Override
  public CompletionStage<Boolean> removeStaged(StagedChange expected) {
    Msisdn m = expected.msisdn();
    byte[] value = SubscriberLayout.value(expected);
    return call("remove staged", m, () -> LuaScript.COMPARE_AND_DELETE.run(redis.async(),
        SubscriberLayout.stagedKey(m), value), r -> r == 1L);
  }

  private interface Decoder<T> {
    T decode(Msisdn msisdn, byte[] value);
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
    CompletableFuture<R> out = new CompletableFuture<>();
    try {
      command.get().whenComplete((v, e) -> {
        if (e != null) {
          out.completeExceptionally(failure(op, msisdn, e));
          return;
        }
        try {
          out.complete(then.apply(v));
        } catch (SubscriberStoreException x) {
          out.completeExceptionally(x);
        }
      });
    } catch (RuntimeException e) {
      out.completeExceptionally(failure(op, msisdn, e));
    }
    return out;
  }

  private SubscriberStoreException failure(String op, Msisdn msisdn, Throwable e) {
    Throwable cause = RedisFailure.unwrap(e);
    RedisFailure reason = RedisFailure.of(cause);
    log.debug("redis subscriber {} of {} failed ({}): {}", op, msisdn.masked(), reason, cause.toString());
    return new SubscriberStoreException("redis subscriber " + op + " of " + msisdn.masked()
        + " at " + redis.settings().address() + " failed (" + reason + "): " + cause.getMessage(),
        cause);
  }
}
