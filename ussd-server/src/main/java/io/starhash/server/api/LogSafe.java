package io.starhash.server.api;

import io.starhash.core.phone.Msisdn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes caller-influenced text fit for a log line: no phone numbers or tokens in clear, one line. */
final class LogSafe {

  static final int MAX = 200;
  private static final Pattern NUMBER = Pattern.compile("\\+?\\d{7,}");

  private LogSafe() {}

  /** {@code text} with every run of 7 or more digits masked and control characters replaced. */
  static String scrub(String text) {
    if (text == null) {
      return "-";
    }
    String cut = text.length() > MAX ? text.substring(0, MAX) + "..." : text;
    Matcher m = NUMBER.matcher(cut);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Msisdn.mask(m.group())));
    }
    m.appendTail(out);
    return printable(out.toString());
  }

  /** A phone number or token, masked; {@code -} for null. */
  static String subject(String raw) {
    if (raw == null) {
      return "-";
    }
    String compact = raw.replace(" ", "");
    // A token (9 digits, maybe grouped) shows its first 4 digits only, a phone number its ends.
    if (compact.length() == 9 && compact.chars().allMatch(Character::isDigit)) {
      return compact.substring(0, 4) + " ****";
    }
    return printable(Msisdn.mask(raw.length() > MAX ? raw.substring(0, MAX) : raw));
  }

  private static String printable(String s) {
    return s.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
