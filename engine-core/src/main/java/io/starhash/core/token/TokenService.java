package io.starhash.core.token;

import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.token.TokenStoreException.Reason;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payment tokens: issues, rotates and revokes the one active token of a phone number, and
 * resolves typed tokens to their owner for the engine, rate-limited per caller.
 *
 * <p>Every method is asynchronous because the Redis store is; with {@link InMemoryTokenStore}
 * the stages are already complete when returned, so joining them never waits. Stages complete
 * exceptionally with {@link TokenStoreException} when the store fails and, from
 * {@link #issueOrRotate}, with {@link TokenIssueException} when no free token was found.
 * Continuations may run on the store's I/O threads.
 *
 * <p>Ordering, so that no crash leaves a token resolving to the wrong phone: issuing claims the
 * new token (atomic, only if free), then points the phone's index at it, then quarantines the
 * token the index pointed at before. A token resolves only while its index entry points back
 * at it, so a token claimed by an issue that crashed before pointing resolves to nobody (and
 * stays taken). Thread-safe; concurrent issues for one phone leave exactly one active token.
 * Arguments are never null, except the typed token of {@link #resolve}.
 */
public final class TokenService {

  private static final Logger log = LoggerFactory.getLogger(TokenService.class);

  /** Candidate tokens tried (each claimed in the store) before an issue gives up. */
  static final int MAX_CLAIMS = 8;

  private final TokenStore store;
  private final TokenGenerator generator;
  private final TokenCrypto crypto;
  private final AttemptLimiter limiter;
  private final TokenMetrics metrics;
  private final Duration quarantine;

  TokenService(TokenSettings settings, TokenStore store, PhoneNumbers phones, Clock clock,
      MeterRegistry meters, RandomGenerator random) {
    this.store = Objects.requireNonNull(store, "store");
    SecureRandom nonces = new SecureRandom();
    this.generator = new TokenGenerator(random, phones);
    this.crypto = new TokenCrypto(settings.secret(), nonces);
    this.limiter = new AttemptLimiter(settings.resolveAttempts(), settings.resolveWindow(), clock);
    this.metrics = new TokenMetrics(meters);
    this.quarantine = settings.quarantine();
  }

  /**
   * A service drawing tokens from a {@link SecureRandom}.
   *
   * @param phones the home country: no token is a valid phone number of it
   * @param clock drives the resolution rate limit (the store keeps its own time for quarantine)
   */
  public static TokenService create(TokenSettings settings, TokenStore store, PhoneNumbers phones,
      Clock clock, MeterRegistry meters) {
    return new TokenService(settings, store, phones, clock, meters, new SecureRandom());
  }

  /** Gives {@code owner} a new token; the one it had (if any) is retired into quarantine. */
  public CompletionStage<Token> issueOrRotate(Msisdn owner) {
    PhoneKey key = crypto.phoneKey(owner);
    return guarded(() -> claimFresh(owner, 1))
        .thenCompose(token -> pointAt(key, token))
        .thenApply(token -> {
          metrics.issued();
          log.debug("issued token {} to {}", token, owner);
          return token;
        });
  }

  /** Revokes the token of {@code owner} into quarantine; completes with false if it had none. */
  public CompletionStage<Boolean> revoke(Msisdn owner) {
    return guarded(() -> store.unpoint(crypto.phoneKey(owner))).thenCompose(old -> {
      if (old.isEmpty()) {
        return CompletableFuture.completedFuture(false);
      }
      return store.retire(old.get(), quarantine).thenApply(v -> {
        metrics.revoked();
        log.debug("revoked token {} of {}", old.get(), owner);
        return true;
      });
    });
  }

  /** The active token of {@code owner}, if it has one. */
  public CompletionStage<Optional<Token>> current(Msisdn owner) {
    return guarded(() -> store.pointer(crypto.phoneKey(owner))).thenCompose(pointed -> {
      if (pointed.isEmpty()) {
        return CompletableFuture.completedFuture(Optional.<Token>empty());
      }
      Token token = pointed.get();
      return ownerOf(token).thenApply(o -> o.filter(owner::equals).map(o2 -> token));
    });
  }

  /**
   * Resolves what a caller typed (spaces allowed). Every call takes one attempt from the
   * caller's bucket, well-formed or not.
   *
   * @param callerKey who is asking, e.g. {@code msisdn:+255712000001} or {@code agent:42}; never
   *     logged in clear
   * @return {@link Resolution.Found} carries the owner's phone number, which must never be shown
   *     to the caller
   */
  public CompletionStage<Resolution> resolve(String typedToken, String callerKey) {
    Objects.requireNonNull(callerKey, "callerKey");
    CompletionStage<Resolution> out;
    Optional<Duration> wait = limiter.take(callerKey);
    Optional<Token> token = Token.parse(typedToken);
    if (wait.isPresent()) {
      log.debug("token resolution rate-limited for caller {}", Msisdn.mask(callerKey));
      out = CompletableFuture.completedFuture(new Resolution.RateLimited(wait.get()));
    } else if (token.isEmpty()) {
      out = CompletableFuture.completedFuture(new Resolution.NotFound());
    } else {
      out = guarded(() -> activeOwner(token.get()));
    }
    return out.whenComplete((r, e) ->
        metrics.resolved(e == null ? r.outcome() : TokenMetrics.ERROR));
  }

  private CompletionStage<Resolution> activeOwner(Token token) {
    return ownerOf(token).thenCompose(owner -> {
      if (owner.isEmpty()) {
        return CompletableFuture.completedFuture(new Resolution.NotFound());
      }
      PhoneKey key = crypto.phoneKey(owner.get());
      return store.pointer(key).thenApply(pointed -> pointed.equals(Optional.of(token))
          ? new Resolution.Found(owner.get())
          : new Resolution.NotFound());
    });
  }

  /** The owner sealed under an active token, without checking that its index points back. */
  private CompletionStage<Optional<Msisdn>> ownerOf(Token token) {
    return store.sealedOwner(token).thenApply(sealed -> sealed.map(s -> open(token, s)));
  }

  private Msisdn open(Token token, byte[] sealed) {
    try {
      return crypto.open(token, sealed);
    } catch (IllegalArgumentException e) {
      log.warn("token {} in the {} store does not open: {} (was tokens.secret changed?)",
          token, store.kind(), e.getMessage());
      throw new TokenStoreException(Reason.CORRUPT, "the owner of token " + token
          + " does not open with this tokens.secret", e);
    }
  }

  private CompletionStage<Token> claimFresh(Msisdn owner, int attempt) {
    Token candidate = generator.next();
    return store.claim(candidate, crypto.seal(candidate, owner)).thenCompose(claimed -> {
      if (claimed) {
        return CompletableFuture.completedFuture(candidate);
      }
      metrics.collision();
      if (attempt >= MAX_CLAIMS) {
        return CompletableFuture.failedFuture(new TokenIssueException("no free token after "
            + MAX_CLAIMS + " candidates: each was active or quarantined already"));
      }
      return guarded(() -> claimFresh(owner, attempt + 1));
    });
  }

  /**
   * Points the index at the claimed token, then quarantines the token it pointed at before. If
   * pointing fails the claimed token is quarantined (best effort) and the issue fails; if only
   * the quarantine of the old token fails, the issue stands: the old token no longer resolves,
   * since the index has moved on, and it stays taken.
   */
  private CompletionStage<Token> pointAt(PhoneKey key, Token token) {
    CompletableFuture<Token> out = new CompletableFuture<>();
    guarded(() -> store.point(key, token)).whenComplete((old, e) -> {
      if (e != null) {
        guarded(() -> store.retire(token, quarantine))
            .whenComplete((v, ignored) -> out.completeExceptionally(e));
        return;
      }
      if (old.isEmpty() || old.get().equals(token)) {
        out.complete(token);
        return;
      }
      guarded(() -> store.retire(old.get(), quarantine)).whenComplete((v, e2) -> {
        if (e2 != null) {
          log.warn("old token {} not quarantined, it stays taken: {}", old.get(), e2.toString());
        }
        out.complete(token);
      });
    });
    return out;
  }

  /** The stage of {@code call}, or a failed stage if it throws instead of returning one. */
  private static <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
