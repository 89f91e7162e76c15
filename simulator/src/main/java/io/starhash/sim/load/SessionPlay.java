package io.starhash.sim.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.List;

/**
 * One play of a {@link SessionScript} for one phone number: yields the form body of each hop
 * in the Africa's Talking dialect and checks each screen. Not thread-safe.
 */
final class SessionPlay {

  static final String NETWORK_CODE = "load";

  private final List<SessionScript.Op> ops;
  private final String msisdn;
  private final String session;
  private final String sessionIdBase;
  private int pos;
  private int dials;
  private String formHead;
  private StringBuilder text;
  private int inputs;
  private boolean continues;
  private String screen = "";
  private String mismatch;

  /**
   * @param msisdn the session's phone number ({@code ${msisdn}}, sent as {@code phoneNumber})
   * @param session the session counter as text ({@code ${session}})
   * @param sessionIdBase the {@code sessionId} of the first dial; later dials add {@code -2}, ...
   */
  SessionPlay(SessionScript script, String msisdn, String session, String sessionIdBase) {
    this.ops = script.ops();
    this.msisdn = msisdn;
    this.session = session;
    this.sessionIdBase = sessionIdBase;
  }

  /**
   * Runs the checks up to the next hop and returns its form body; null when the play is over:
   * every step held, or {@link #mismatch()} says which did not.
   */
  String nextHop() {
    while (pos < ops.size() && mismatch == null) {
      SessionScript.Op op = ops.get(pos++);
      if (op instanceof SessionScript.Dial dial) {
        return dial(dial.serviceCode().render(msisdn, session));
      } else if (op instanceof SessionScript.Type type) {
        if (!continues) {
          mismatch = "line " + type.line() + ": expected a CON screen to type into";
          return null;
        }
        return type(type.input().render(msisdn, session));
      }
      check((SessionScript.Check) op);
    }
    return null;
  }

  /** The screen the last hop got. */
  void reply(boolean continues, String screen) {
    this.continues = continues;
    this.screen = screen;
  }

  /** Why the play stopped early, or null. */
  String mismatch() {
    return mismatch;
  }

  private String dial(String serviceCode) {
    dials++;
    String sessionId = dials == 1 ? sessionIdBase : sessionIdBase + "-" + dials;
    formHead = "sessionId=" + encode(sessionId) + "&serviceCode=" + encode(serviceCode)
        + "&phoneNumber=" + encode(msisdn) + "&networkCode=" + NETWORK_CODE + "&text=";
    text = new StringBuilder();
    inputs = 0;
    return formHead;
  }

  private String type(String input) {
    if (inputs++ > 0) {
      text.append('*');
    }
    text.append(encode(input));
    return formHead + text;
  }

  private void check(SessionScript.Check check) {
    boolean holds = switch (check.kind()) {
      case SEE -> screen.contains(check.text().render(msisdn, session));
      case NOT_SEE -> !screen.contains(check.text().render(msisdn, session));
      case END -> !continues;
      case CON -> continues;
    };
    if (!holds) {
      mismatch = "line " + check.line() + ": " + describe(check) + " but the screen was "
          + (continues ? "CON" : "END") + " \"" + screen + "\"";
    }
  }

  private String describe(SessionScript.Check check) {
    return switch (check.kind()) {
      case SEE -> "expected \"" + check.text().render(msisdn, session) + "\"";
      case NOT_SEE -> "expected no \"" + check.text().render(msisdn, session) + "\"";
      case END -> "expected END";
      case CON -> "expected CON";
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }
}
