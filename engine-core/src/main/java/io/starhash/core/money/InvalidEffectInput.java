package io.starhash.core.money;

/**
 * An effect argument that cannot be used (an amount that is not an amount, an unknown type).
 * The message names the argument, never its value. Answered with outcome {@code error}.
 */
final class InvalidEffectInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidEffectInput(String message) {
    super(message, null, false, false);
  }
}
