package io.starhash.sim.load;

import io.starhash.core.phone.Msisdn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes server text fit for a log line: phone-number-like digit runs masked, length cut. */
final class LogText {

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{9,15}");
  private static final int MAX = 200;

  private LogText() {}

  static String maskNumbers(String text) {
    String cut = text.length() > MAX ? text.substring(0, MAX) + "..." : text;
    Matcher m = NUMBER.matcher(cut);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Msisdn.mask(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
