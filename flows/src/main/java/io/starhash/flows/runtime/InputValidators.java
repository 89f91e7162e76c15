package io.starhash.flows.runtime;

import io.starhash.core.money.Damm;
import io.starhash.core.money.Money;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.flows.model.Validation;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The validators of the flow language: {@code digits}, {@code amount}, {@code msisdn},
 * {@code token}, {@code recipient} (a phone number or a token), {@code pin}, {@code text}.
 * Thread-safe.
 */
final class InputValidators {
  private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]+");
  private static final Pattern NO_LEADING_ZERO = Pattern.compile("[1-9][0-9]+");


  static final int DEFAULT_PIN_LENGTH = 4;
  private static final int TOKEN_DIGITS = 9;

  private final PhoneNumbers phones;
  private final String currency;
  private final int pinLength;

  InputValidators(PhoneNumbers phones, String currency, int pinLength) {
    this.phones = phones;
    this.currency = currency;
    this.pinLength = pinLength;
  }

  InputCheck check(Validation v, String raw) {
    String input = raw.strip();
    return switch (v.kind()) {
      case DIGITS -> lengthChecked(v, input, DIGITS_ONLY.matcher(input).matches() ? null : "sys.v.digits", 1, 20);
      case TEXT -> lengthChecked(v, input, input.isEmpty() || !printable(input) ? "sys.v.text" : null, 1, 40);
      case AMOUNT -> amount(v, input);
      case MSISDN -> phones.parseTyped(input).<InputCheck>map(m -> new InputCheck.Valid(m.e164()))
          .orElse(invalid("sys.v.msisdn"));
      case TOKEN -> token(input).<InputCheck>map(InputCheck.Valid::new).orElse(invalid("sys.v.token"));
      case RECIPIENT -> recipient(input);
      case PIN -> pin(v, input);
    };
  }

  private InputCheck recipient(String input) {
    Optional<String> phone = phones.parseTyped(input).map(m -> m.e164());
    if (phone.isPresent()) {
      return new InputCheck.Valid(phone.get());
    }
    return token(input).<InputCheck>map(InputCheck.Valid::new).orElse(invalid("sys.v.recipient"));
  }

  private static Optional<String> token(String input) {
    String digits = input.replace(" ", "");
    boolean ok = digits.length() == TOKEN_DIGITS && NO_LEADING_ZERO.matcher(digits).matches() && Damm.isValid(digits);
    return ok ? Optional.of(digits) : Optional.empty();
  }

  private InputCheck pin(Validation v, String input) {
    int len = v.max() != null ? v.max().intValue() : pinLength;
    if (input.length() != len || !DIGITS_ONLY.matcher(input).matches()) {
      return new InputCheck.Invalid("sys.v.pin", Map.of("max", String.valueOf(len)));
    }
    return new InputCheck.Valid(input);
  }

  private InputCheck amount(Validation v, String input) {
    Optional<Money> parsed = Money.parse(input, currency);
    if (parsed.isEmpty() || !parsed.get().isPositive()) {
      return invalid("sys.v.amount");
    }
    long minor = parsed.get().minor();
    if (v.min() != null && minor < v.min() * 100) {
      return new InputCheck.Invalid("sys.v.amount-min", Map.of("min", String.valueOf(v.min())));
    }
    if (v.max() != null && minor > v.max() * 100) {
      return new InputCheck.Invalid("sys.v.amount-max", Map.of("max", String.valueOf(v.max())));
    }
    return new InputCheck.Valid(String.format("%d.%02d", minor / 100, minor % 100));
  }

  private static InputCheck lengthChecked(Validation v, String input, String error, int dmin, int dmax) {
    if (error != null) {
      return invalid(error);
    }
    long min = v.min() == null ? dmin : v.min();
    long max = v.max() == null ? dmax : v.max();
    if (input.length() < min) {
      return new InputCheck.Invalid("sys.v.short", Map.of("min", String.valueOf(min)));
    }
    if (input.length() > max) {
      return new InputCheck.Invalid("sys.v.long", Map.of("max", String.valueOf(max)));
    }
    return new InputCheck.Valid(input);
  }

  private static boolean printable(String s) {
    return s.codePoints().noneMatch(Character::isISOControl);
  }

  private static InputCheck invalid(String key) {
    return new InputCheck.Invalid(key, Map.of());
  }
}
