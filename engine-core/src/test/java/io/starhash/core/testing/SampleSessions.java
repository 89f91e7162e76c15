package io.starhash.core.testing;

import io.starhash.core.session.Session;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Realistic sessions for tests: a *165# send-money session a few hops in. */
public final class SampleSessions {

  /** A last screen of about 150 characters, as the money menus show. */
  public static final String MENU_SCREEN = """
      Send money to +255 712 000 002 (JUMA HASSANI)
      Amount: TZS 25,000
      Fee: TZS 500
      Balance after: TZS 74,500
      1. Confirm
      2. Change amount
      9. Cancel
      0. Back""";

  private SampleSessions() {}

  /** A session with 7 variables and a ~150-character last screen, at {@code hop}. */
  public static Session typical(String sessionId, int hop) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("recipient", "+255712000002");
    vars.put("recipientName", "JUMA HASSANI");
    vars.put("amount", "2500000");
    vars.put("currency", "TZS");
    vars.put("fee", "50000");
    vars.put("token", "tok_7Hq2Lm9Xp4");
    vars.put("operationId", "op-20260101-000123");
    long created = 1_767_225_600_000L;
    return new Session(new SessionId(sessionId), "+255712000001", "money", 3, "confirm", vars,
        hop, "sw", "1*1*0712000002*25000", 0, 0, Screen.con(MENU_SCREEN), created,
        created + 9_000L * hop);
  }

  /** The same session one hop later, as the runtime would save it. */
  public static Session nextHop(Session s) {
    return s.toBuilder().hop(s.hop() + 1).updatedAt(s.updatedAt() + 5_000).build();
  }
}
