package io.starhash.sim.handset;

import io.starhash.core.ussd.Screen;

/** Reads an Africa's Talking reply body: {@code CON <text>} or {@code END <text>}. */
final class AtReply {

  private static final int MAX_QUOTED = 200;

  private AtReply() {}

  static Screen parse(String body) throws HandsetException {
    if (body.startsWith("CON ") || body.equals("CON")) {
      return Screen.con(rest(body));
    }
    if (body.startsWith("END ") || body.equals("END")) {
      return Screen.end(rest(body));
    }
    throw new HandsetException(
        HandsetException.Kind.BAD_REPLY, "reply does not start with CON or END: " + quote(body));
  }

  /** The body cut to a length fit for an error message. */
  static String quote(String body) {
    String cut = body.length() > MAX_QUOTED ? body.substring(0, MAX_QUOTED) + "..." : body;
    return "\"" + cut + "\"";
  }

  private static String rest(String body) {
    return body.length() <= 4 ? "" : body.substring(4);
  }
}
