package io.starhash.core.token;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tokens in this process's memory, the embedded default. Quarantine runs on the injected clock;
 * quarantined tokens are forgotten once it has passed.
 *
 * <p>Thread-safe (one lock). Every stage is complete when returned, and never exceptional.
 */
public final class InMemoryTokenStore implements TokenStore {

  /** What a token holds: the sealed owner while active, else the end of its quarantine. */
  private record Entry(byte[] sealedOwner, Instant quarantinedUntil) {}

  private record Expiry(Token token, Instant at) {}

  private final Clock clock;
  private final Map<Token, Entry> tokens = new HashMap<>();
  private final Map<PhoneKey, Token> index = new HashMap<>();
  private final PriorityQueue<Expiry> expiries =
      new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));

  public InMemoryTokenStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized CompletionStage<Boolean> claim(Token token, byte[] sealedOwner) {
    purgeExpired();
    if (tokens.containsKey(token)) {
      return done(false);
    }
    tokens.put(token, new Entry(sealedOwner.clone(), null));
    return done(true);
  }

  @Override
  public synchronized CompletionStage<Optional<Token>> point(PhoneKey phone, Token token) {
    return done(Optional.ofNullable(index.put(phone, token)));
  }

  @Override
  public synchronized CompletionStage<Optional<Token>> unpoint(PhoneKey phone) {
    return done(Optional.ofNullable(index.remove(phone)));
  }

  @Override
  public synchronized CompletionStage<Optional<Token>> pointer(PhoneKey phone) {
    return done(Optional.ofNullable(index.get(phone)));
  }

  @Override
  public synchronized CompletionStage<Optional<byte[]>> sealedOwner(Token token) {
    Entry e = tokens.get(token);
    return done(e == null || e.sealedOwner() == null
        ? Optional.empty()
        : Optional.of(e.sealedOwner().clone()));
  }

  @Override
  public synchronized CompletionStage<Void> retire(Token token, Duration quarantine) {
    Instant until = clock.instant().plus(quarantine);
    tokens.put(token, new Entry(null, until));
    expiries.add(new Expiry(token, until));
    purgeExpired();
    return done(null);
  }

  @Override
  public String kind() {
    return "memory";
  }

  /** Every key and value held, as bytes: for tests that look for phone numbers in clear. */
  synchronized List<byte[]> rawContents() {
    List<byte[]> out = new ArrayList<>();
    tokens.forEach((t, e) -> {
      out.add(ascii(t.value()));
      if (e.sealedOwner() != null) {
        out.add(e.sealedOwner().clone());
      }
    });
    index.forEach((k, t) -> {
      out.add(ascii(k.hex()));
      out.add(ascii(t.value()));
    });
    return out;
  }

  /** How many tokens are active or quarantined. */
  synchronized int size() {
    purgeExpired();
    return tokens.size();
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    while (!expiries.isEmpty() && !expiries.peek().at().isAfter(now)) {
      Expiry x = expiries.poll();
      Entry e = tokens.get(x.token());
      if (e != null && x.at().equals(e.quarantinedUntil())) {
        tokens.remove(x.token());
      }
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
