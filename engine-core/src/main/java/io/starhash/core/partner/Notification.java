package io.starhash.core.partner;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message for an agent or merchant about one of their operations, read over the partner API.
 *
 * @param id increasing per partner, from 1: read "everything after id n" with {@code sinceId}
 * @param operationId the operation it is about; null for a message about none
 * @param text what happened, for a person; never a PIN or a customer's phone number in clear
 */
public record Notification(long id, Instant at, String partnerId, String operationId, String text) {

  public static final int MAX_TEXT = 500;
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  public Notification {
    Objects.requireNonNull(at, "at");
    at = at.truncatedTo(ChronoUnit.MILLIS);
    if (id < 1) {
      throw new IllegalArgumentException("notification id must be positive");
    }
    validate(partnerId, operationId, text);
  }

  /**
   * The checks of a notification's content, for stores to run before they number one.
   *
   * @throws IllegalArgumentException unless the partner id (and the operation id, if any) are
   *     letters, digits, {@code _} and {@code -}, and the text has 1 to {@value #MAX_TEXT} characters
   */
  public static void validate(String partnerId, String operationId, String text) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(text, "text");
    if (!PLAIN_ID.matcher(partnerId).matches()
        || (operationId != null && !PLAIN_ID.matcher(operationId).matches())) {
      throw new IllegalArgumentException("bad partner or operation id in a notification");
    }
    if (text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("notification text must have 1 to " + MAX_TEXT + " characters");
    }
  }
}
