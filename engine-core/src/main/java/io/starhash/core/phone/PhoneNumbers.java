package io.starhash.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Parses and normalises phone numbers with Google's libphonenumber, for one home country.
 *
 * <p>Thread-safe. Gateways send numbers in many shapes ({@code 255712000001},
 * {@code +255 712 000 001}, {@code 0712000001}); all become one {@link Msisdn}.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final String region;

  /** @param region ISO 3166 two-letter code of the home country, e.g. {@code TZ} */
  public PhoneNumbers(String region) {
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException("unknown country code: " + region);
    }
    this.region = region;
  }

  public String region() {
    return region;
  }

  /**
   * A number as a gateway sends it: lenient (a possible number is enough), since the
   * network has already routed the call from it.
   */
  public Optional<Msisdn> parseFromNetwork(String raw) {
    return parse(raw, false);
  }

  /** A number a person typed (a recipient): must be a valid number, not only a possible one. */
  public Optional<Msisdn> parseTyped(String raw) {
    return parse(raw, true);
  }

  private Optional<Msisdn> parse(String raw, boolean strict) {
    if (raw == null || raw.isBlank() || raw.length() > 32) {
      return Optional.empty();
    }
    String s = raw.strip();
    // Gateways often drop the '+' of an international number.
    if (s.matches("[1-9][0-9]{9,14}")) {
      s = "+" + s;
    }
    try {
      PhoneNumber number = UTIL.parse(s, region);
      boolean ok = strict ? UTIL.isValidNumber(number) : UTIL.isPossibleNumber(number);
      if (!ok) {
        return Optional.empty();
      }
      return Optional.of(new Msisdn(UTIL.format(number, PhoneNumberFormat.E164)));
    } catch (NumberParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
