package io.starhash.core.token.redis;

import io.lettuce.core.SetArgs;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.token.PhoneKey;
import io.starhash.core.token.Token;
import io.starhash.core.token.TokenStore;
import io.starhash.core.token.TokenStoreException;
import io.starhash.core.token.TokenStoreException.Reason;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens in Redis (layout in {@link TokenLayout}), one single-key command per operation: claim
 * is {@code SET NX}, point is {@code SET GET}, unpoint is {@code GETDEL} (Redis 6.2 or later),
 * retire is {@code SET PX} with the quarantine, so quarantine runs on Redis's clock.
 *
 * <p>Thread-safe. Stages complete on Lettuce's I/O threads within the shared connection's
 * command timeout, exceptionally with {@link TokenStoreException} (UNAVAILABLE, TIMEOUT,
 * OVERLOADED, or CORRUPT for a value this store cannot have written).
 */
public final class RedisTokenStore implements TokenStore {

  private static final Logger log = LoggerFactory.getLogger(RedisTokenStore.class);

  private final SharedRedis redis;

  /** A store on the shared connection, which it never closes. */
  public RedisTokenStore(SharedRedis redis) {
    this.redis = Objects.requireNonNull(redis, "redis");
  }

  @Override
  public CompletionStage<Boolean> claim(Token token, byte[] sealedOwner) {
    byte[] value = TokenLayout.active(sealedOwner);
    return call("claim", token, () -> redis.async().set(TokenLayout.tokenKey(token), value,
        SetArgs.Builder.nx()), "OK"::equals);
  }

  @Override
  public CompletionStage<Optional<Token>> point(PhoneKey phone, Token token) {
    return call("point", token, () -> redis.async().setGet(TokenLayout.phoneKey(phone),
        TokenLayout.pointer(token)), TokenLayout::pointer);
  }

  @Override
  public CompletionStage<Optional<Token>> unpoint(PhoneKey phone) {
    return call("unpoint", null, () -> redis.async().getdel(TokenLayout.phoneKey(phone)),
        TokenLayout::pointer);
  }

  @Override
  public CompletionStage<Optional<Token>> pointer(PhoneKey phone) {
    return call("pointer", null, () -> redis.async().get(TokenLayout.phoneKey(phone)),
        TokenLayout::pointer);
  }

  @Override
  public CompletionStage<Optional<byte[]>> sealedOwner(Token token) {
    return call("owner", token, () -> redis.async().get(TokenLayout.tokenKey(token)),
        TokenLayout::sealedOwner);
  }

  @Override
  public CompletionStage<Void> retire(Token token, Duration quarantine) {
    long millis = quarantine.toMillis();
    if (millis < 1) {
      throw new IllegalArgumentException("quarantine must be at least 1 ms");
    }
    return call("retire", token, () -> redis.async().set(TokenLayout.tokenKey(token),
        TokenLayout.RETIRED_VALUE, SetArgs.Builder.px(millis)), ok -> null);
  }

  @Override
  public String kind() {
    return "redis";
  }

  /**
   * Runs one command and maps its answer; every failure becomes a {@link TokenStoreException},
   * CORRUPT if {@code then} finds a value this store cannot have written. {@code token}
   * (nullable) only names the subject, masked, in messages.
   */
  private <T, R> CompletionStage<R> call(String op, Token token,
      Supplier<CompletionStage<T>> command, Function<T, R> then) {
    String what = "token " + op + " of " + subject(token);
    return RedisCall.map(command, v -> decode(what, v, then), (failure, cause) -> {
      Reason reason = Reason.valueOf(failure.name());
      log.debug("redis {} failed ({}): {}", what, reason, cause.toString());
      return new TokenStoreException(reason, RedisCall.message("redis " + what, redis, failure,
          cause), cause);
    });
  }

  private static <T, R> R decode(String what, T value, Function<T, R> then) {
    try {
      return then.apply(value);
    } catch (IllegalArgumentException x) {
      log.warn("corrupt value in redis on {}: {}", what, x.getMessage());
      throw new TokenStoreException(Reason.CORRUPT,
          "corrupt value in redis on " + what + ": " + x.getMessage(), x);
    }
  }

  private static String subject(Token token) {
    return token == null ? "a phone key" : token.toString();
  }
}
