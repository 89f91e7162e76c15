package io.starhash.core.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the audit log: who did what to whom, when, with a few details.
 *
 * <p>Immutable; {@code details} keeps its order. A detail whose key has the word PIN in it
 * ({@code pin}, {@code newPin}, {@code PIN_CONFIRM}, ...) is refused: a PIN never enters the
 * audit log, not even by mistake.
 *
 * @param at when it happened
 * @param actor who did it: {@code subscriber} for self-service, an operator's id, or {@code system}
 * @param action what happened, dotted lower case: {@code pin.locked}, {@code subscriber.blocked}
 * @param subject whom it concerns: a masked phone number or an id, never a full number
 * @param details small extra facts, such as {@code attemptsLeft}
 */
public record AuditEvent(Instant at, String actor, String action, String subject,
    Map<String, String> details) {

  private static final Pattern WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(subject, "subject");
    Objects.requireNonNull(details, "details");
    Map<String, String> copy = new LinkedHashMap<>();
    details.forEach((k, v) -> {
      requireText(k, "detail key");
      Objects.requireNonNull(v, "detail " + k);
      if (namesAPin(k)) {
        throw new IllegalArgumentException("an audit detail must not carry a PIN: " + k);
      }
      copy.put(k, v);
    });
    details = Collections.unmodifiableMap(copy);
  }

  /** An event without details. */
  public static AuditEvent of(Instant at, String actor, String action, String subject) {
    return new AuditEvent(at, actor, action, subject, Map.of());
  }

  /** Whether one of the words of {@code key} (camelCase, snake_case, kebab-case, dotted) is "pin" or "pins". */
  private static boolean namesAPin(String key) {
    for (String word : WORDS.split(key)) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.equals("pin") || w.equals("pins")) {
        return true;
      }
    }
    return false;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
