package io.starhash.core.operation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short reference of an operation that people read out and type: {@code OP} and six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), e.g. {@code OP7K2M9Q}.
 */
public record OperationId(String value) {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int RANDOM_CHARS = 6;
  private static final String PREFIX = "OP";
  private static final Pattern SHAPE = Pattern.compile(PREFIX + "[" + ALPHABET + "]{" + RANDOM_CHARS + "}");

  public OperationId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an operation id: " + value);
    }
  }

  /** A fresh random id; uniqueness is the store's to check. */
  public static OperationId random(RandomGenerator random) {
    StringBuilder sb = new StringBuilder(PREFIX);
    for (int i = 0; i < RANDOM_CHARS; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new OperationId(sb.toString());
  }

  /** The id in {@code text} as someone typed it (case and surrounding blanks ignored); empty if it is none. */
  public static Optional<OperationId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String v = text.strip().toUpperCase(Locale.ROOT);
    return SHAPE.matcher(v).matches() ? Optional.of(new OperationId(v)) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }

  /** The operation a journal key ({@code OPID.uuid}) belongs to. */
  public static Optional<OperationId> ofCorrelation(String correlationId) {
    int dot = correlationId == null ? -1 : correlationId.indexOf('.');
    return dot < 0 ? Optional.empty() : parse(correlationId.substring(0, dot));
  }
}
