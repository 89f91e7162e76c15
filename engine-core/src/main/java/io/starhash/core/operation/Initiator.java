package io.starhash.core.operation;

import io.starhash.core.partner.PartnerKind;

/** Who started an operation. */
public enum Initiator {
  CUSTOMER,
  AGENT,
  MERCHANT;

  /** The initiator for an operation that a partner of {@code kind} starts. */
  public static Initiator of(PartnerKind kind) {
    return switch (kind) {
      case AGENT -> AGENT;
      case MERCHANT -> MERCHANT;
    };
  }
}
