package io.starhash.sim.mmo;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour of the MMO for the next {@code count} transaction requests ({@code 0}: until
 * cleared). Only well-formed {@code POST /transactions/type/{type}} requests take a fault.
 *
 * @param delay processing (and so the final state and the callback) waits this long; zero for
 *     the simulator's usual delay
 * @param errorStatus when not 0, the POST is answered with this HTTP status (400-599) and an MMAPI
 *     error, and nothing is created
 * @param timeout the POST is accepted and processed (money moves) but never answered: the
 *     connection is held, then closed without a reply
 * @param duplicateCallback the callback is sent twice
 * @param lostCallback no callback is sent; the client must poll
 * @param count how many requests take this fault; 0 means every request until cleared
 */
public record Fault(Duration delay, int errorStatus, boolean timeout, boolean duplicateCallback,
    boolean lostCallback, int count) {

  /** The longest delay accepted. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(10);

  public Fault {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("delay must be 0-" + MAX_DELAY.toMillis() + " ms");
    }
    if (errorStatus != 0 && (errorStatus < 400 || errorStatus > 599)) {
      throw new IllegalArgumentException("errorStatus must be 400-599");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    if (duplicateCallback && lostCallback) {
      throw new IllegalArgumentException("a callback cannot be both duplicated and lost");
    }
    boolean processes = !delay.isZero() || timeout || duplicateCallback || lostCallback;
    if (errorStatus != 0 && processes) {
      throw new IllegalArgumentException("errorStatus creates nothing: it cannot be combined");
    }
    if (errorStatus == 0 && !processes) {
      throw new IllegalArgumentException("the fault does nothing");
    }
  }

  /** Processing takes {@code delay}, once. */
  public static Fault ofDelay(Duration delay) {
    return new Fault(delay, 0, false, false, false, 1);
  }

  /** The POST answers {@code status} and creates nothing, once. */
  public static Fault ofErrorStatus(int status) {
    return new Fault(Duration.ZERO, status, false, false, false, 1);
  }

  /** The POST is processed but never answered, once. */
  public static Fault ofTimeout() {
    return new Fault(Duration.ZERO, 0, true, false, false, 1);
  }

  /** The callback is sent twice, once. */
  public static Fault ofDuplicateCallback() {
    return new Fault(Duration.ZERO, 0, false, true, false, 1);
  }

  /** No callback is sent, once. */
  public static Fault ofLostCallback() {
    return new Fault(Duration.ZERO, 0, false, false, true, 1);
  }

  /** This fault for the next {@code n} requests ({@code 0}: until cleared). */
  public Fault times(int n) {
    return new Fault(delay, errorStatus, timeout, duplicateCallback, lostCallback, n);
  }

  /** This fault, and processing takes {@code newDelay}. */
  public Fault withDelay(Duration newDelay) {
    return new Fault(newDelay, errorStatus, timeout, duplicateCallback, lostCallback, count);
  }
}
