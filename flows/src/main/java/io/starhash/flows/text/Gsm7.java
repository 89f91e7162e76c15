package io.starhash.flows.text;

/**
 * The GSM 03.38 default alphabet: whether a text fits it, and how many septets it takes
 * (characters of the extension table take two). Thread-safe (stateless).
 */
public final class Gsm7 {

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "^{}\\[~]|€\f";

  private Gsm7() {}

  /** Whether every character of {@code text} is in the GSM-7 alphabet or its extension. */
  public static boolean fits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Septets {@code text} takes in GSM-7; only meaningful when {@link #fits} is true. */
  public static int septets(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return n;
  }
}
