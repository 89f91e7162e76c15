package io.starhash.server.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Plays the benchmark's session once, slowly, checking each screen of the built-in flow: the
 * measured runs only check CON/END (so that the ceiling's fixed screens pass too), so this is
 * what shows that the real flow takes the path the benchmark claims.
 */
final class FlowProbe {

  private final AtClient client;
  private final String sessionId;
  private final String msisdn;

  FlowProbe(AtClient client, String sessionId, String msisdn) {
    this.client = client;
    this.sessionId = sessionId;
    this.msisdn = msisdn;
  }

  /** Hops 1-3: the menu, {@code 3} (cash in), {@code 100}: the session waits at a PIN screen. */
  void toPinScreen() throws InterruptedException {
    expect("", "CON ", "3 Cash in");
    expect("3", "CON ", "amount");
    expect("3*100", "CON ", "PIN");
  }

  /** Hop 4: {@code 0} cancels, an END screen; nothing else changes. */
  void cancel() throws InterruptedException {
    expect("3*100*0", "END ", "Cancelled");
  }

  private void expect(String text, String start, String contains) throws InterruptedException {
    String screen = get(client.hop(sessionId, msisdn, text));
    if (!screen.startsWith(start) || !screen.contains(contains)) {
      throw new IllegalStateException("the built-in flow answered text '" + text + "' with '" + screen
          + "', not a " + start.trim() + " screen with '" + contains + "'");
    }
  }

  static <T> T get(CompletableFuture<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("probe hop failed: " + e.getCause(), e.getCause());
    }
  }
}
