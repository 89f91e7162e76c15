package io.starhash.flows.text;

/**
 * How much text one USSD screen holds: {@code gsm7} septets when the text is GSM-7,
 * {@code ucs2} characters when it needs UCS-2.
 */
public record ScreenLimits(int gsm7, int ucs2) {

  public static final ScreenLimits DEFAULT = new ScreenLimits(182, 80);

  public ScreenLimits {
    if (gsm7 < 40 || ucs2 < 20 || ucs2 > gsm7) {
      throw new IllegalArgumentException("screen limits too small: gsm7 >= 40, 20 <= ucs2 <= gsm7");
    }
  }

  /** Whether {@code text} fits one screen. */
  public boolean fits(String text) {
    return size(text) <= limitFor(text);
  }

  /** The limit that applies to {@code text}: {@link #gsm7} or {@link #ucs2}. */
  public int limitFor(String text) {
    return Gsm7.fits(text) ? gsm7 : ucs2;
  }

  /** The length of {@code text} in the unit of its encoding. */
  public int size(String text) {
    return Gsm7.fits(text) ? Gsm7.septets(text) : text.length();
  }
}
