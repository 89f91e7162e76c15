package io.starhash.core.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Partners in this process's memory. Thread-safe (one lock); every stage is complete when returned. */
public final class InMemoryPartnerStore implements PartnerStore {

  private final Map<String, Partner> byId = new HashMap<>();
  private final Map<String, String> idByKeyHash = new HashMap<>();

  /** An empty store. */
  public InMemoryPartnerStore() {}

  /** A store holding {@code partners} (e.g. {@link DemoPartners#all()}). */
  public InMemoryPartnerStore(List<Partner> partners) {
    partners.forEach(this::put);
  }

  @Override
  public synchronized CompletionStage<Optional<Partner>> find(String id) {
    return CompletableFuture.completedFuture(Optional.ofNullable(byId.get(id)));
  }

  @Override
  public synchronized CompletionStage<Optional<Partner>> findByKeyHash(String keyHash) {
    return CompletableFuture.completedFuture(Optional.ofNullable(idByKeyHash.get(keyHash)).map(byId::get));
  }

  /** Fails (nothing saved) with {@link IllegalArgumentException} if another partner has the same key. */
  @Override
  public synchronized CompletionStage<Void> save(Partner partner) {
    try {
      put(partner);
      return CompletableFuture.completedFuture(null);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private synchronized void put(Partner partner) {
    String holder = idByKeyHash.get(partner.keyHash());
    if (holder != null && !holder.equals(partner.id())) {
      throw new IllegalArgumentException("partner " + partner.id() + " has the API key of " + holder);
    }
    Partner old = byId.put(partner.id(), partner);
    if (old != null) {
      idByKeyHash.remove(old.keyHash());
    }
    idByKeyHash.put(partner.keyHash(), partner.id());
  }
}
