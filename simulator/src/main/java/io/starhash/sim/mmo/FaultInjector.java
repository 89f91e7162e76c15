package io.starhash.sim.mmo;

import java.util.Objects;
import java.util.Optional;

/**
 * The one active {@link Fault} of a simulator, set in process or over {@code POST /sim/faults}.
 *
 * <p>Thread-safe.
 */
public final class FaultInjector {

  private Fault current;
  private int remaining;

  FaultInjector() {}

  /** Replaces the active fault. */
  public synchronized void set(Fault fault) {
    current = Objects.requireNonNull(fault, "fault");
    remaining = fault.count();
  }

  public synchronized void clear() {
    current = null;
    remaining = 0;
  }

  public synchronized Optional<Fault> current() {
    return Optional.ofNullable(current);
  }

  /** How many more requests take the active fault; 0 if it lasts until cleared (or none is active). */
  public synchronized int remaining() {
    return remaining;
  }

  /** Whether the MMO says it is down: an active fault answers 503. */
  synchronized boolean serviceUnavailable() {
    return current != null && current.errorStatus() == 503;
  }

  /** The fault for the request at hand, counting it off. */
  synchronized Optional<Fault> take() {
    Fault f = current;
    if (f != null && f.count() > 0 && --remaining == 0) {
      current = null;
    }
    return Optional.ofNullable(f);
  }
}
