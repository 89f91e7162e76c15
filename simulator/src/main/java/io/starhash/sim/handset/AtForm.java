package io.starhash.sim.handset;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.List;

/** The form body of one Africa's Talking hop. */
record AtForm(String sessionId, String serviceCode, String phoneNumber, String networkCode, String text) {

  /** The {@code text} field: all inputs so far joined by {@code *}, empty before the first. */
  static String cumulative(List<String> inputs) {
    return String.join("*", inputs);
  }

  String encoded() {
    return field("sessionId", sessionId)
        + '&' + field("serviceCode", serviceCode)
        + '&' + field("phoneNumber", phoneNumber)
        + '&' + field("networkCode", networkCode)
        + '&' + field("text", text);
  }

  private static String field(String name, String value) {
    return name + '=' + URLEncoder.encode(value, UTF_8);
  }
}
