package io.starhash.core.partner;

/** What a partner is: an agent (cash-in, cash-out) or a merchant (merchant payments). */
public enum PartnerKind {
  AGENT,
  MERCHANT
}
