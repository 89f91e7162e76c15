package io.starhash.core.partner.redis;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerKind;
import io.starhash.core.partner.PartnerStore;
import io.starhash.core.redis.SharedRedis;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

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
    return bytes("sh:partner:{" + id + "}");
  }

  static byte[] keyIndex(String keyHash) {
    return bytes("sh:partner:key:{" + keyHash + "}");
  }

  @Override
  public CompletionStage<Optional<Partner>> find(String id) {
    return guarded(() -> redis.async().hgetall(partnerKey(id)).thenApply(h -> decode(id, h)));
  }

  @Override
  public CompletionStage<Optional<Partner>> findByKeyHash(String keyHash) {
    return guarded(() -> redis.async().get(keyIndex(keyHash)).thenCompose(id -> id == null
        ? CompletableFuture.completedFuture(Optional.<Partner>empty())
        : find(string(id)).thenApply(p -> p.filter(x -> x.keyHash().equals(keyHash)))));
  }

  /** Fails with {@link IllegalArgumentException} (nothing saved) if another partner has the same key. */
  @Override
  public CompletionStage<Void> save(Partner partner) {
    RedisAsyncCommands<byte[], byte[]> c = redis.async();
    byte[] index = keyIndex(partner.keyHash());
    return guarded(() -> c.get(index).thenCompose(holder -> {
      if (holder != null && !string(holder).equals(partner.id())) {
        return CompletableFuture.failedStage(new IllegalArgumentException("partner " + partner.id()
            + " has the API key of " + string(holder)));
      }
      return c.hget(partnerKey(partner.id()), bytes("keyhash")).thenCompose(old -> c.set(index, bytes(partner.id()))
          .thenCompose(ok -> c.hset(partnerKey(partner.id()), encode(partner)))
          .thenCompose(n -> old == null || string(old).equals(partner.keyHash())
              ? CompletableFuture.completedFuture(0L)
              : c.del(keyIndex(string(old)))))
          .thenApply(x -> null);
    }));
  }

  private static Map<byte[], byte[]> encode(Partner p) {
    Map<byte[], byte[]> m = new LinkedHashMap<>();
    m.put(bytes("kind"), bytes(p.kind().name()));
    m.put(bytes("name"), bytes(p.displayName()));
    m.put(bytes("account"), bytes(p.mmoAccountId()));
    m.put(bytes("keyhash"), bytes(p.keyHash()));
    return m;
  }

  private static Optional<Partner> decode(String id, Map<byte[], byte[]> hash) {
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> f = new HashMap<>();
    hash.forEach((k, v) -> f.put(string(k), string(v)));
    if (!f.containsKey("kind") || !f.containsKey("name") || !f.containsKey("account") || !f.containsKey("keyhash")) {
      throw new IllegalArgumentException("partner " + id + " has a corrupt hash in redis");
    }
    return Optional.of(new Partner(id, PartnerKind.valueOf(f.get("kind")), f.get("name"), f.get("account"),
        f.get("keyhash")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String string(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> command) {
    try {
      return command.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
