package io.starhash.core.partner;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where agents and merchants are kept. Implementations: {@link InMemoryPartnerStore} and
 * {@code RedisPartnerStore}.
 *
 * <p>Thread-safe. Stages never block the caller; a Redis store's stages fail with Lettuce's
 * exception when Redis is down or slow.
 */
public interface PartnerStore {

  /** The partner with this id (an agent id or a merchant code). */
  CompletionStage<Optional<Partner>> find(String id);

  /** The partner whose API key hashes to {@code keyHash}, as {@link Partner#hashKey} makes it. */
  CompletionStage<Optional<Partner>> findByKeyHash(String keyHash);

  /** Adds the partner, or replaces the one with its id (its old key then stops working). */
  CompletionStage<Void> save(Partner partner);
}
