package io.starhash.core.money;

import io.starhash.core.phone.Msisdn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Half-done PIN changes: the new PIN, hashed, between the hop that typed it and the hop that
 * confirmed it. A change may only be staged within {@link #WINDOW} of a right PIN, and a staged
 * PIN lives for {@link #WINDOW}. Thread-safe.
 */
final class PinChanges {

  static final Duration WINDOW = Duration.ofMinutes(5);

  enum Staged { OK, WEAK, NOT_VERIFIED }

  enum Changed { OK, MISMATCH, EXPIRED }

  private record Pending(PinHash hash, Instant at) {}

  private final Map<Msisdn, Pending> pending = new ConcurrentHashMap<>();
  private final PinVault vault;
  private final PinPolicy policy;
  private final Clock clock;

  PinChanges(PinVault vault, PinPolicy policy, Clock clock) {
    this.vault = vault;
    this.policy = policy;
    this.clock = clock;
  }

  Staged stage(Msisdn msisdn, String newPin) {
    if (!vault.verifiedWithin(msisdn, WINDOW)) {
      return Staged.NOT_VERIFIED;
    }
    if (!policy.acceptable(newPin)) {
      return Staged.WEAK;
    }
    pending.put(msisdn, new Pending(vault.hasher().hash(newPin), clock.instant()));
    return Staged.OK;
  }

  /** Compares {@code confirmPin} with the staged PIN; on a match it becomes the PIN. A mismatch keeps the staged PIN. */
  Changed confirm(Msisdn msisdn, String confirmPin) {
    Pending p = pending.get(msisdn);
    if (p == null) {
      return Changed.EXPIRED;
    }
    if (clock.instant().isAfter(p.at().plus(WINDOW))) {
      pending.remove(msisdn, p);
      return Changed.EXPIRED;
    }
    if (!vault.hasher().verify(confirmPin, p.hash())) {
      return Changed.MISMATCH;
    }
    if (!pending.remove(msisdn, p)) {
      return Changed.EXPIRED;
    }
    vault.set(msisdn, p.hash());
    return Changed.OK;
  }
}
