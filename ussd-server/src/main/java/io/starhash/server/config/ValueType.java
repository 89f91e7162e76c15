package io.starhash.server.config;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How the text of one config key becomes a typed value, and which values are allowed.
 *
 * <p>Both methods throw {@link BadValue}, whose message is a phrase that follows the value.
 */
interface ValueType<T> {

  /** The value written as {@code text} (already stripped), checked. */
  T parse(String text);

  /** Refuses a value that is not allowed (used by the records' constructors). */
  void check(T value);

  /** How {@code text} may appear in an error message: quoted, or masked when secret. */
  default String shown(String text) {
    return "'" + text + "'";
  }

  /** This type, shown in messages by {@code show} instead (to mask secrets). */
  default ValueType<T> shownAs(UnaryOperator<String> show) {
    ValueType<T> self = this;
    return new ValueType<>() {
      @Override
      public T parse(String text) {
        return self.parse(text);
      }

      @Override
      public void check(T value) {
        self.check(value);
      }

      @Override
      public String shown(String text) {
        return show.apply(text);
      }
    };
  }

  /** A type converted from text by {@code convert}, then checked by {@code check}. */
  static <T> ValueType<T> of(Function<String, T> convert, Consumer<T> check) {
    return new ValueType<>() {
      @Override
      public T parse(String text) {
        T value = convert.apply(text);
        check.accept(value);
        return value;
      }

      @Override
      public void check(T value) {
        check.accept(value);
      }
    };
  }

  /** A type whose values are the text itself, allowed when it follows {@code rule}. */
  static ValueType<String> text(Predicate<String> rule, String problem) {
    return of(Function.identity(), value -> {
      if (!rule.test(value)) {
        throw new BadValue(problem);
      }
    });
  }
}
