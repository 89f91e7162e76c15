package io.starhash.core.partner.redis;

import static io.starhash.core.redis.RedisBytes.text;
import static io.starhash.core.redis.RedisBytes.utf8;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerKind;
import io.starhash.core.partner.PartnerStore;
import io.starhash.core.redis.RedisCall;
import io.starhash.core.redis.SharedRedis;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Partners in Redis:
 *
 * <pre>
 * sh:partner:{&lt;id&gt;}           HASH   kind, name, account, keyhash
 * sh:partner:key:{&lt;keyhash&gt;}   STRING the id of the partner with that API key hash
 * </pre>
 *
 * A lookup by key hash checks the partner's own hash too, so a key index left behind by a
 * key change (saves are not atomic; partners change rarely, by an operator) matches nobody.
 *
 * <p>Thread-safe. Stages fail with Lettuce's exception when Redis is down or slow.
 */
public final class RedisPartnerStore implements PartnerStore {

  private final SharedRedis redis;

  public RedisPartnerStore(SharedRedis redis) {
    this.redis = Objects.requireNonNull(redis, "redis");
  }

  static byte[] partnerKey(String id) {
    return utf8("sh:partner:{" + id + "}");
  }

  static byte[] keyIndex(String keyHash) {
    return utf8("sh:partner:key:{" + keyHash + "}");
  }

  @Override
  public CompletionStage<Optional<Partner>> find(String id) {
    return RedisCall.guarded(() -> redis.async().hgetall(partnerKey(id)).thenApply(h -> decode(id, h)));
  }

  @Override
  public CompletionStage<Optional<Partner>> findByKeyHash(String keyHash) {
    return RedisCall.guarded(() -> redis.async().get(keyIndex(keyHash)).thenCompose(id -> id == null
        ? CompletableFuture.completedFuture(Optional.<Partner>empty())
        : find(text(id)).thenApply(p -> p.filter(x -> x.keyHash().equals(keyHash)))));
  }

  /** Fails with {@link IllegalArgumentException} (nothing saved) if another partner has the same key. */
  @Override
  public CompletionStage<Void> save(Partner partner) {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    byte[] index = keyIndex(partner.keyHash());
    return RedisCall.guarded(() -> c.get(index).thenCompose(holder -> {
      if (holder != null && !text(holder).equals(partner.id())) {
        return CompletableFuture.failedStage(new IllegalArgumentException("partner " + partner.id()
            + " has the API key of " + text(holder)));
      }
      return c.hget(partnerKey(partner.id()), utf8("keyhash")).thenCompose(old -> c.set(index, utf8(partner.id()))
          .thenCompose(ok -> c.hset(partnerKey(partner.id()), encode(partner)))
          .thenCompose(n -> old == null || text(old).equals(partner.keyHash())
              ? CompletableFuture.completedFuture(0L)
              : c.del(keyIndex(text(old)))))
          .thenApply(x -> null);
    }));
  }

  private static Map<byte[], byte[]> encode(Partner p) {
    Map<byte[], byte[]> m = new LinkedHashMap<>();
    m.put(utf8("kind"), utf8(p.kind().name()));
    m.put(utf8("name"), utf8(p.displayName()));
    m.put(utf8("account"), utf8(p.mmoAccountId()));
    m.put(utf8("keyhash"), utf8(p.keyHash()));
    return m;
  }

  private static Optional<Partner> decode(String id, Map<byte[], byte[]> hash) {
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> f = new HashMap<>();
    hash.forEach((k, v) -> f.put(text(k), text(v)));
    if (!f.containsKey("kind") || !f.containsKey("name") || !f.containsKey("account") || !f.containsKey("keyhash")) {
      throw new IllegalArgumentException("partner " + id + " has a corrupt hash in redis");
    }
    return Optional.of(new Partner(id, PartnerKind.valueOf(f.get("kind")), f.get("name"), f.get("account"),
        f.get("keyhash")));
  }
}
