package io.starhash.core.mmo;

import java.util.Optional;

/** What the MMO says about one transaction: in a post's answer, a callback, a poll or a lookup. */
sealed interface Progress {

  /** Received and not final; the request state's id when the MMO gave one. */
  record Accepted(Optional<String> serverCorrelationId) implements Progress {}

  /** Final: completed under {@code transactionReference}. */
  record Done(String transactionReference) implements Progress {}

  /** Final: refused or failed, no money moved. */
  record Refused(MmoError error) implements Progress {}

  /** Links to the transaction resource, whose state must be read to know more. */
  record Linked(String transactionReference) implements Progress {}

  /** A body we cannot read as any of the above. */
  record Unclear(String why) implements Progress {}
}
