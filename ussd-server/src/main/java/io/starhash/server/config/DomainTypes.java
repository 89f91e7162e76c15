package io.starhash.server.config;

import io.starhash.core.phone.PhoneNumbers;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value types of config keys that know starhash's world: hosts, Redis, countries, money,
 * secrets.
 */
final class DomainTypes {

  private static final Pattern HOST_NAME = Pattern.compile(
      "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern ALL_NUMERIC = Pattern.compile("[0-9.]+");
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
  private static final Pattern IPV6_CHARS = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%\\w+)?]?");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,4})?");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private DomainTypes() {}

  /** A host name or an IPv4/IPv6 literal; nothing is looked up. */
  static ValueType<String> host() {
    return ValueType.text(DomainTypes::isHost,
        "is not a host name or IP address (use e.g. 127.0.0.1, 0.0.0.0, redis.internal)");
  }

  /** A {@code redis://} or {@code rediss://} URL, or nothing; a password in it is never shown. */
  static ValueType<Optional<RedisUrl>> redisUrl() {
    ValueType<RedisUrl> url = ValueType.<RedisUrl>of(text -> {
      try {
        return new RedisUrl(text);
      } catch (IllegalArgumentException e) {
        throw new BadValue(e.getMessage());
      }
    }, valid -> {}).shownAs(text -> "'" + RedisUrl.mask(text) + "'");
    return ValueTypes.optional(url);
  }

  /** An ISO 3166 alpha-2 country code that phone numbers know, in any case; kept upper-case. */
  static ValueType<String> country() {
    return ValueType.of(text -> text.toUpperCase(Locale.ROOT), value -> {
      if (!COUNTRY.matcher(value).matches() || !isPhoneRegion(value)) {
        throw new BadValue("is not a country code (ISO 3166 alpha-2, e.g. TZ, KE, GH)");
      }
    });
  }

  /** An ISO 4217 currency code with minor units (not a fund or a metal), in any case. */
  static ValueType<Currency> currency() {
    String problem = "is not an ISO 4217 currency code (use e.g. TZS, KES, USD)";
    return ValueType.of(text -> {
      String code = text.toUpperCase(Locale.ROOT);
      if (!CURRENCY.matcher(code).matches()) {
        throw new BadValue(problem);
      }
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new BadValue(problem);
      }
    }, value -> {
      if (value.getDefaultFractionDigits() < 0) {
        throw new BadValue("is not a currency of money (use e.g. TZS, KES, USD)");
      }
    });
  }

  /** An amount of money in major units, such as 500.00; zero allowed only when asked. */
  static ValueType<BigDecimal> amount(boolean zeroAllowed) {
    return ValueType.of(text -> {
      if (!AMOUNT.matcher(text).matches()) {
        throw new BadValue("is not an amount (use e.g. 500.00)");
      }
      return new BigDecimal(text);
    }, value -> {
      int sign = value.signum();
      if (sign < 0 || (sign == 0 && !zeroAllowed)) {
        throw new BadValue(zeroAllowed ? "must not be negative" : "must be more than 0");
      }
    });
  }

  /** An existing directory, or nothing. */
  static ValueType<Optional<Path>> directory() {
    return ValueTypes.optional(ValueType.of(text -> {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        throw new BadValue("is not a path");
      }
    }, value -> {
      if (!Files.isDirectory(value)) {
        throw new BadValue("is not an existing directory");
      }
    }));
  }

  /** A PIN: 4 to 12 digits, never shown in a message. */
  static ValueType<String> pin() {
    return ValueType.text(text -> text.matches("\\d{4,12}"), "must be 4 to 12 digits")
        .shownAs(text -> "the value");
  }

  /** A secret of at least {@code minLength} characters, or nothing; never shown in a message. */
  static ValueType<Optional<String>> secret(int minLength) {
    return ValueTypes.optional(ValueType.text(text -> text.strip().length() >= minLength,
        "must have at least " + minLength + " characters").shownAs(text -> "the value"));
  }

  private static boolean isHost(String text) {
    if (IPV4.matcher(text).matches()) {
      return true;
    }
    if (text.contains(":")) {
      return isIpV6(text);
    }
    return text.length() <= 253
        && HOST_NAME.matcher(text).matches()
        && !ALL_NUMERIC.matcher(text).matches();
  }

  /** Brackets make InetAddress parse an IPv6 literal and never look the name up. */
  private static boolean isIpV6(String text) {
    if (!IPV6_CHARS.matcher(text).matches()) {
      return false;
    }
    String bare = text.startsWith("[") && text.endsWith("]")
        ? text.substring(1, text.length() - 1) : text;
    try {
      InetAddress.getByName("[" + bare + "]");
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isPhoneRegion(String code) {
    try {
      new PhoneNumbers(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
