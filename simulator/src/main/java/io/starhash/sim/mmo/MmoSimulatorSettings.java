package io.starhash.sim.mmo;

import io.starhash.core.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link MmoSimulator} listens and behaves.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port to bind, {@code 0} for any free port
 * @param currency the one ISO 4217 currency the MMO keeps accounts in; other currencies are
 *     refused with {@code validation/currencyNotSupported}
 * @param maxTransaction a payment above this is refused with
 *     {@code businessRule/greaterThanTransactionMaxValue} (reversals are exempt)
 * @param processingDelay how long a transaction stays {@code pending} before it is processed,
 *     unless a {@link Fault} says otherwise
 * @param callbackTimeout how long one callback {@code PUT} may take before it is given up
 * @param timeoutHold how long a {@link Fault#timeout()} request is held before its connection is
 *     closed without an answer
 * @param pollLimit the {@code pollLimit} advertised in request states
 * @param threads the HTTP worker threads
 * @param clock every timestamp (creation dates, {@code errorDateTime}, {@code X-Date}) comes from it
 */
public record MmoSimulatorSettings(String host, int port, String currency, Money maxTransaction,
    Duration processingDelay, Duration callbackTimeout, Duration timeoutHold, int pollLimit, int threads,
    Clock clock) {

  public static final String DEFAULT_CURRENCY = "TZS";
  /** The default per-transaction maximum in minor units: 1,000,000.00. */
  public static final long DEFAULT_MAX_MINOR = 100_000_000L;

  public MmoSimulatorSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(maxTransaction, "maxTransaction");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535");
    }
    if (!maxTransaction.currency().equals(currency)) {
      throw new IllegalArgumentException("maxTransaction must be in " + currency);
    }
    requireNotNegative(processingDelay, "processingDelay");
    requireNotNegative(callbackTimeout, "callbackTimeout");
    requireNotNegative(timeoutHold, "timeoutHold");
    if (callbackTimeout.isZero()) {
      throw new IllegalArgumentException("callbackTimeout must be positive");
    }
    if (pollLimit < 1 || threads < 1) {
      throw new IllegalArgumentException("pollLimit and threads must be at least 1");
    }
  }

  /** 127.0.0.1, any free port, TZS, max 1,000,000.00, no delay, 5 s callbacks, 30 s hold, UTC system clock. */
  public static MmoSimulatorSettings defaults() {
    return new MmoSimulatorSettings("127.0.0.1", 0, DEFAULT_CURRENCY,
        new Money(DEFAULT_MAX_MINOR, DEFAULT_CURRENCY), Duration.ZERO, Duration.ofSeconds(5),
        Duration.ofSeconds(30), 100, 4, Clock.systemUTC());
  }

  public MmoSimulatorSettings withHost(String newHost) {
    return new MmoSimulatorSettings(newHost, port, currency, maxTransaction, processingDelay,
        callbackTimeout, timeoutHold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withPort(int newPort) {
    return new MmoSimulatorSettings(host, newPort, currency, maxTransaction, processingDelay,
        callbackTimeout, timeoutHold, pollLimit, threads, clock);
  }

  /** Switches the currency; the maximum keeps its number of minor units. */
  public MmoSimulatorSettings withCurrency(String newCurrency) {
    return new MmoSimulatorSettings(host, port, newCurrency, new Money(maxTransaction.minor(), newCurrency),
        processingDelay, callbackTimeout, timeoutHold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withMaxTransaction(Money max) {
    return new MmoSimulatorSettings(host, port, currency, max, processingDelay, callbackTimeout,
        timeoutHold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withProcessingDelay(Duration delay) {
    return new MmoSimulatorSettings(host, port, currency, maxTransaction, delay, callbackTimeout,
        timeoutHold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withCallbackTimeout(Duration timeout) {
    return new MmoSimulatorSettings(host, port, currency, maxTransaction, processingDelay, timeout,
        timeoutHold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withTimeoutHold(Duration hold) {
    return new MmoSimulatorSettings(host, port, currency, maxTransaction, processingDelay,
        callbackTimeout, hold, pollLimit, threads, clock);
  }

  public MmoSimulatorSettings withClock(Clock newClock) {
    return new MmoSimulatorSettings(host, port, currency, maxTransaction, processingDelay,
        callbackTimeout, timeoutHold, pollLimit, threads, newClock);
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }
}
