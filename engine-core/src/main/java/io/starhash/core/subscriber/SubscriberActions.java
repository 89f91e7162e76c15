package io.starhash.core.subscriber;

/**
 * The {@link io.starhash.core.audit.AuditEvent#action()} names the subscriber service writes,
 * and its actors. Every event's subject is the masked phone number.
 */
public final class SubscriberActions {

  /** A new subscriber; detail {@code via}: {@code register} or {@code sign-up}. */
  public static final String REGISTERED = "subscriber.registered";
  /** A wrong PIN; detail {@code attemptsLeft} (0 when this failure locked). */
  public static final String PIN_FAILED = "pin.failed";
  /** Too many wrong PINs; details {@code until} (ISO-8601) and {@code attempts}. */
  public static final String PIN_LOCKED = "pin.locked";
  /** A lock lifted; detail {@code reason}: {@code expired} (seen at the next attempt) or {@code operator}. */
  public static final String PIN_UNLOCKED = "pin.unlocked";
  /** A new PIN; detail {@code via}: {@code change}, {@code confirm} or {@code reset}. */
  public static final String PIN_CHANGED = "pin.changed";
  public static final String BLOCKED = "subscriber.blocked";
  public static final String UNBLOCKED = "subscriber.unblocked";

  /** The actor of what subscribers do themselves (and of what their attempts cause). */
  public static final String SELF = "subscriber";

  private SubscriberActions() {}
}
