package io.starhash.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses and normalises phone numbers with Google's libphonenumber, for one home country.
 *
 * <p>Thread-safe. Gateways send numbers in many shapes ({@code 255712000001},
 * {@code +255 712 000 001}, {@code 0712000001}); all become one {@link Msisdn}.
 */
public final class PhoneNumbers {
  private static final Pattern BARE_INTERNATIONAL = Pattern.compile("[1-9][0-9]{9,14}");


  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final String region;
  /** Every hop of a session brings the same number: parse it once (bounded; cleared when full). */
  private final java.util.Map<String, Optional<Msisdn>> fromNetwork = new java.util.concurrent.ConcurrentHashMap<>();
  static final int NETWORK_CACHE = 100_000;
  /** No phone number in any notation is longer. */
  static final int MAX_RAW = 32;

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
    if (raw == null || raw.length() > MAX_RAW) {
      return Optional.empty();
    }
    Optional<Msisdn> known = fromNetwork.get(raw);
    if (known != null) {
      return known;
    }
    if (fromNetwork.size() >= NETWORK_CACHE) {
      fromNetwork.clear();
    }
    Optional<Msisdn> parsed = parse(raw, false);
    fromNetwork.put(raw, parsed);
    return parsed;
  }

  /** A number a person typed (a recipient): must be a valid number, not only a possible one. */
  public Optional<Msisdn> parseTyped(String raw) {
    return parse(raw, true);
  }

  private Optional<Msisdn> parse(String raw, boolean strict) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_RAW) {
      return Optional.empty();
    }
    String s = raw.strip();
    // Gateways often drop the '+' of an international number.
    if (BARE_INTERNATIONAL.matcher(s).matches()) {
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
