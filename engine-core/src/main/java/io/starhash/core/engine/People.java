package io.starhash.core.engine;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberService;
import io.starhash.core.subscriber.SubscriberStatus;
import io.starhash.core.token.Resolution;
import io.starhash.core.token.TokenService;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Finds the subscriber behind what someone typed: a phone number or a payment token. The
 * phone number behind a token stays inside the engine; callers show only the display name.
 */
final class People {

  private final PhoneNumbers phones;
  private final TokenService tokens;
  private final SubscriberService subscribers;

  People(PhoneNumbers phones, TokenService tokens, SubscriberService subscribers) {
    this.phones = phones;
    this.tokens = tokens;
    this.subscribers = subscribers;
  }

  /**
   * The active subscriber named by {@code typed}, or empty (unknown number, unknown or deleted
   * token, too many token look-ups by {@code callerKey}, blocked subscriber).
   */
  CompletionStage<Optional<Subscriber>> find(String typed, String callerKey) {
    return owner(typed, callerKey).thenCompose(owner -> owner.isEmpty()
        ? CompletableFuture.completedFuture(Optional.<Subscriber>empty())
        : subscribers.find(owner.get()).thenApply(s -> s.filter(x -> x.status() == SubscriberStatus.ACTIVE)));
  }

  private CompletionStage<Optional<Msisdn>> owner(String typed, String callerKey) {
    Optional<Msisdn> phone = phones.parseTyped(typed);
    if (phone.isPresent()) {
      return CompletableFuture.completedFuture(phone);
    }
    return tokens.resolve(typed, callerKey).thenApply(r ->
        r instanceof Resolution.Found f ? Optional.of(f.owner()) : Optional.<Msisdn>empty());
  }
}
