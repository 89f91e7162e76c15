package io.starhash.core.token;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where tokens live: token -> sealed (encrypted) owner, and {@link PhoneKey} -> token. A store
 * never sees a phone number in clear; {@link TokenService} seals and keys them.
 *
 * <p>A token is in one of three states: free, active (claimed, holding its sealed owner), or
 * quarantined (retired, holding nothing, free again once its quarantine has passed). Each
 * method is atomic on its own key; {@link TokenService} orders them so that a crash between two
 * calls never makes a token resolve to the wrong phone.
 *
 * <p>Implementations are thread-safe. Stages complete exceptionally with
 * {@link TokenStoreException} when the store cannot answer. Arguments are never null.
 */
public interface TokenStore {

  /**
   * Makes a free token active with {@code sealedOwner}; completes with false, changing nothing,
   * if the token is active or quarantined.
   */
  CompletionStage<Boolean> claim(Token token, byte[] sealedOwner);

  /** Points {@code phone} at {@code token}; completes with the token it pointed at before. */
  CompletionStage<Optional<Token>> point(PhoneKey phone, Token token);

  /** Removes the pointer of {@code phone}; completes with the token it pointed at. */
  CompletionStage<Optional<Token>> unpoint(PhoneKey phone);

  /** The token that {@code phone} points at. */
  CompletionStage<Optional<Token>> pointer(PhoneKey phone);

  /** The sealed owner of an active token; empty if the token is free or quarantined. */
  CompletionStage<Optional<byte[]>> sealedOwner(Token token);

  /**
   * Quarantines the token: it loses its owner and cannot be claimed for {@code quarantine}.
   * Overwrites whatever state the token was in.
   */
  CompletionStage<Void> retire(Token token, Duration quarantine);

  /** {@code memory} or {@code redis}, for logs and health. */
  String kind();
}
