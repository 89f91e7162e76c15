package io.starhash.core.phone;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +255712000001}), the identity of a subscriber.
 *
 * <p>Construct through {@link PhoneNumbers#parse} so that the number is normalised and
 * checked; the compact constructor only checks the E.164 shape. {@link #toString()} is
 * masked so that a number never reaches a log line in clear by accident.
 */
public record Msisdn(String e164) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");


  public Msisdn {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 phone number");
    }
  }

  /** The number with its middle hidden, for logs and screens: {@code +2557****0001}. */
  public String masked() {
    return mask(e164);
  }

  /** Masks any phone-number-like string: keeps the first five and the last four characters. */
  public static String mask(String raw) {
    if (raw == null) {
      return "null";
    }
    int n = raw.length();
    if (n <= 9) {
      return "*".repeat(n);
    }
    return raw.substring(0, 5) + "*".repeat(n - 9) + raw.substring(n - 4);
  }

  @Override
  public String toString() {
    return masked();
  }
}
