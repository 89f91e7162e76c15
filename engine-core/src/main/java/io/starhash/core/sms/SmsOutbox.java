package io.starhash.core.sms;

import io.starhash.core.phone.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link SmsSender} that keeps the last messages per recipient in memory, for demo mode and
 * tests. Thread-safe; bounded to {@link #KEEP} messages per number and {@link #NUMBERS} numbers.
 */
public final class SmsOutbox implements SmsSender {

  /** How many messages are kept per number; older ones are dropped. */
  public static final int KEEP = 50;
  /** How many numbers are kept; past that the outbox starts afresh (it is for demos and tests). */
  public static final int NUMBERS = 100_000;

  /** One message as it left. */
  public record Sms(Msisdn to, String text, Instant at) {}

  private final Map<Msisdn, Deque<Sms>> boxes = new ConcurrentHashMap<>();
  private final Clock clock;

  public SmsOutbox(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CompletionStage<Void> send(Msisdn to, String text) {
    if (boxes.size() >= NUMBERS && !boxes.containsKey(to)) {
      boxes.clear();
    }
    Deque<Sms> box = boxes.computeIfAbsent(to, k -> new ArrayDeque<>());
    synchronized (box) {
      box.addLast(new Sms(to, text, clock.instant()));
      while (box.size() > KEEP) {
        box.removeFirst();
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  /** The messages sent to {@code to}, oldest first. */
  public List<Sms> sentTo(Msisdn to) {
    Deque<Sms> box = boxes.get(to);
    if (box == null) {
      return List.of();
    }
    synchronized (box) {
      return List.copyOf(box);
    }
  }
}
