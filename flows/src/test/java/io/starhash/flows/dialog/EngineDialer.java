package io.starhash.flows.dialog;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.sim.handset.Dialer;
import io.starhash.sim.handset.HandsetException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Dialer} that calls the engine directly, the way the Africa's Talking codec would
 * (cumulative text), so dialog transcripts run against the real runtime without HTTP.
 */
final class EngineDialer implements Dialer {

  private static final AtomicInteger SESSIONS = new AtomicInteger();

  private final UssdEngine engine;
  private final Msisdn msisdn;
  private String sessionId;
  private String serviceCode;
  private String text = "";
  private String lastText = "";

  EngineDialer(UssdEngine engine, Msisdn msisdn) {
    this.engine = engine;
    this.msisdn = msisdn;
  }

  @Override
  public Screen dial(String code) {
    sessionId = "dialog-" + SESSIONS.incrementAndGet();
    serviceCode = code;
    text = "";
    return hop("");
  }

  @Override
  public Screen send(String input) throws HandsetException {
    if (sessionId == null) {
      throw new HandsetException(HandsetException.Kind.NO_SESSION, "dial first");
    }
    return hop(text.isEmpty() ? input : text + "*" + input);
  }

  /** Dials again with the same session id, as a gateway may once the old session has expired. */
  Screen dialWithSameSessionId(String code) {
    serviceCode = code;
    text = "";
    return hop("");
  }

  /** Sends the last hop again, as a gateway does when a reply was slow. */
  Screen resend() {
    return hop(lastText);
  }

  String sessionId() {
    return sessionId;
  }

  private Screen hop(String cumulative) {
    Hop hop = new Hop(new SessionId(sessionId), msisdn, serviceCode, cumulative, Hop.InputMode.CUMULATIVE, 0,
        "test", "dialog");
    Screen s = engine.handle(hop).toCompletableFuture().join().screen();
    lastText = cumulative;
    text = cumulative;
    return s;
  }
}
