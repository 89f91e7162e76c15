package io.starhash.core.money;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in minor units (two decimals) and an ISO 4217 currency code.
 *
 * <p>Never negative. Amounts typed by people go through {@link #parse}; screens show
 * {@link #format()} ({@code 1,000.00}).
 */
public record Money(long minor, String currency) implements Comparable<Money> {

  /** The largest amount accepted, in major units: thirteen digits before the point. */
  private static final Pattern AMOUNT = Pattern.compile("([0-9]{1,13})(?:\\.([0-9]{1,2}))?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
    }
    if (minor < 0) {
      throw new IllegalArgumentException("negative amount");
    }
  }

  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /**
   * Parses an amount as a person types it: {@code 500}, {@code 500.5}, {@code 500.50}.
   * Empty for a negative number, more than two decimals, separators, or anything else.
   */
  public static Optional<Money> parse(String text, String currency) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long major = Long.parseLong(m.group(1));
    String fraction = m.group(2) == null ? "0" : m.group(2);
    long cents = Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
    return Optional.of(new Money(major * 100 + cents, currency));
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(minor, same(other).minor), currency);
  }

  /** @throws IllegalArgumentException if the result would be negative */
  public Money minus(Money other) {
    return new Money(minor - same(other).minor, currency);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, same(other).minor);
  }

  /** The amount with thousands separators and two decimals, without currency: {@code 1,000.00}. */
  public String format() {
    return formatMinor(minor);
  }

  /** Formats a signed number of minor units the way {@link #format()} does. */
  static String formatMinor(long minor) {
    String sign = minor < 0 ? "-" : "";
    long abs = Math.abs(minor);
    return sign + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
  }

  private Money same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
    }
    return other;
  }

  @Override
  public String toString() {
    return format() + " " + currency;
  }
}
