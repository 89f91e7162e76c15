package io.starhash.core.ussd;

import io.starhash.core.phone.Msisdn;
import java.util.Objects;

/**
 * One request of a USSD session as every dialect decodes it.
 *
 * @param text the user's text: for {@link InputMode#CUMULATIVE} dialects all inputs so far
 *     joined by {@code *} (empty on the first hop), for {@link InputMode#SINGLE} dialects only
 *     the latest input (empty on the first hop)
 * @param sequence the gateway's hop number, 1 for the first hop, or 0 when the dialect has
 *     none; used to recognise a resent hop
 * @param dialect the codec that decoded it, for metrics and logs
 */
public record Hop(
    SessionId sessionId,
    Msisdn msisdn,
    String serviceCode,
    String text,
    InputMode mode,
    int sequence,
    String network,
    String dialect) {

  /** Longest text accepted from a gateway; a USSD dialog string is at most 182 characters. */
  public static final int MAX_TEXT = 512;

  public Hop {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(mode, "mode");
    text = text == null ? "" : text;
    network = network == null ? "" : network;
    dialect = dialect == null ? "unknown" : dialect;
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
  }

  /** Never the text (it may hold a PIN) nor the number in clear. */
  @Override
  public String toString() {
    return "Hop[" + sessionId + ", " + msisdn.masked() + ", " + serviceCode + ", " + mode + ", seq " + sequence
        + ", " + dialect + "]";
  }

  /** How a dialect delivers what the user typed. */
  public enum InputMode {
    /** Africa's Talking: every hop carries all inputs so far joined by {@code *}. */
    CUMULATIVE,
    /** Each hop carries only the latest input. */
    SINGLE
  }
}
