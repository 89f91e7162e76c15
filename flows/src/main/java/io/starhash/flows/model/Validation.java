package io.starhash.flows.model;

/**
 * How an input state checks what the person typed.
 *
 * @param min smallest length (digits, text, pin) or amount (amount), or null
 * @param max largest length or amount, or null
 */
public record Validation(Kind kind, Long min, Long max) {

  /** The validators of the flow language. */
  public enum Kind {
    DIGITS, AMOUNT, MSISDN, TOKEN, RECIPIENT, PIN, TEXT;

    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
