package io.starhash.core.partner;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds partners and tells who holds an API key. Keys are never logged.
 *
 * <p>Thread-safe.
 */
public final class PartnerDirectory {

  private static final Logger log = LoggerFactory.getLogger(PartnerDirectory.class);
  private static final String BEARER = "bearer ";

  private final PartnerStore store;

  public PartnerDirectory(PartnerStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * The key in an {@code Authorization} header value ({@code Bearer <key>}, scheme in any case);
   * empty if the header is missing, of another scheme, or has no key.
   */
  public static Optional<String> bearerKey(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    String v = authorization.strip();
    if (v.length() <= BEARER.length() || !v.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String key = v.substring(BEARER.length()).strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  /** The partner whose API key is {@code bearerKey}; empty for a missing, blank or unknown key. */
  public CompletionStage<Optional<Partner>> authenticate(String bearerKey) {
    String hash;
    try {
      hash = Partner.hashKey(bearerKey);
    } catch (IllegalArgumentException e) {
      log.info("partner authentication refused: no usable key");
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return store.findByKeyHash(hash).thenApply(found -> {
      Optional<Partner> partner = found.filter(p -> p.acceptsKey(bearerKey));
      if (partner.isEmpty()) {
        log.info("partner authentication refused: unknown key");
      }
      return partner;
    });
  }

  /** The partner with this id (agent id or merchant code). */
  public CompletionStage<Optional<Partner>> find(String id) {
    return id == null ? CompletableFuture.completedFuture(Optional.empty()) : store.find(id);
  }

  /** The merchant with this code; empty if there is none or the code is an agent's. */
  public CompletionStage<Optional<Partner>> merchant(String code) {
    return ofKind(code, PartnerKind.MERCHANT);
  }

  /** The agent with this id; empty if there is none or the id is a merchant's. */
  public CompletionStage<Optional<Partner>> agent(String id) {
    return ofKind(id, PartnerKind.AGENT);
  }

  private CompletionStage<Optional<Partner>> ofKind(String id, PartnerKind kind) {
    return find(id).thenApply(p -> p.filter(x -> x.kind() == kind));
  }
}
