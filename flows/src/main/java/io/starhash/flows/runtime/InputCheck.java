package io.starhash.flows.runtime;

import java.util.Map;

/** The result of checking one input: the value to keep, or why it was refused. */
sealed interface InputCheck {

  /** The normalised value (an E.164 number, an amount as {@code 500.00}, a token without spaces). */
  record Valid(String value) implements InputCheck {}

  /** A system message key ({@code sys.v.*}) and its template variables. */
  record Invalid(String reasonKey, Map<String, String> params) implements InputCheck {}
}
