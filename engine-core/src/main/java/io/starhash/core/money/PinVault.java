package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribers' PIN hashes, wrong-attempt counters and locks. Thread-safe; a check holds only
 * its subscriber's lock while it hashes. PINs are never stored or logged in clear.
 */
final class PinVault {

  private static final Logger LOG = LoggerFactory.getLogger(PinVault.class);

  /** Mutable state of one subscriber, guarded by itself. */
  private static final class Entry {
    private PinHash hash;
    private int failures;
    private Instant lockedUntil;
    private Instant verifiedAt;

    private Entry(PinHash hash) {
      this.hash = hash;
    }
  }

  private final Map<Msisdn, Entry> entries = new ConcurrentHashMap<>();
  private final PinHasher hasher;
  private final Clock clock;
  private final int maxAttempts;
  private final Duration lockDuration;

  PinVault(PinHasher hasher, Clock clock, int maxAttempts, Duration lockDuration) {
    this.hasher = hasher;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.lockDuration = lockDuration;
  }

  PinHasher hasher() {
    return hasher;
  }

  /** Sets (or replaces) the PIN of {@code msisdn}, and clears wrong attempts and any lock. */
  void set(Msisdn msisdn, PinHash hash) {
    Entry e = entries.computeIfAbsent(msisdn, k -> new Entry(hash));
    synchronized (e) {
      e.hash = hash;
      e.failures = 0;
      e.lockedUntil = null;
    }
  }

  boolean has(Msisdn msisdn) {
    return entries.containsKey(msisdn);
  }

  /**
   * Checks {@code pin}: a lock in force answers {@link PinCheck.Locked} without checking;
   * the last allowed wrong PIN locks the account and answers {@link PinCheck.Locked}.
   *
   * @throws IllegalStateException if {@code msisdn} has no PIN
   */
  PinCheck check(Msisdn msisdn, String pin) {
    Entry e = entries.get(msisdn);
    if (e == null) {
      throw new IllegalStateException("no PIN for " + msisdn.masked());
    }
    synchronized (e) {
      Instant now = clock.instant();
      if (e.lockedUntil != null) {
        if (now.isBefore(e.lockedUntil)) {
          return new PinCheck.Locked(minutesUntil(now, e.lockedUntil));
        }
        e.lockedUntil = null;
        e.failures = 0;
      }
      if (hasher.verify(pin, e.hash)) {
        e.failures = 0;
        e.verifiedAt = now;
        return new PinCheck.Verified();
      }
      e.failures++;
      if (e.failures >= maxAttempts) {
        e.failures = 0;
        e.lockedUntil = now.plus(lockDuration);
        LOG.info("audit: account {} locked after {} wrong PINs until {}", msisdn.masked(), maxAttempts, e.lockedUntil);
        return new PinCheck.Locked(minutesUntil(now, e.lockedUntil));
      }
      return new PinCheck.Wrong(maxAttempts - e.failures);
    }
  }

  /** Whether {@code msisdn} typed its right PIN within the last {@code window}. */
  boolean verifiedWithin(Msisdn msisdn, Duration window) {
    Entry e = entries.get(msisdn);
    if (e == null) {
      return false;
    }
    synchronized (e) {
      return e.verifiedAt != null && !clock.instant().isAfter(e.verifiedAt.plus(window));
    }
  }

  private static long minutesUntil(Instant now, Instant until) {
    long seconds = Duration.between(now, until).toSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }
}
