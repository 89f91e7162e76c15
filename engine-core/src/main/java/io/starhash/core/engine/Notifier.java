package io.starhash.core.engine;

import io.starhash.core.money.Money;
import io.starhash.core.operation.Operation;
import io.starhash.core.partner.NotificationStore;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every party when money moves or is refused: an SMS to the customer (and to the payee
 * of a transfer), a notification to the agent or merchant. A failed notification is logged,
 * never allowed to undo or block the money.
 */
final class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  private final SmsSender sms;
  private final NotificationStore partners;

  Notifier(SmsSender sms, NotificationStore partners) {
    this.sms = sms;
    this.partners = partners;
  }

  /** The operation reached a final state (or was refused); say so to everyone involved. */
  void finalState(Operation op) {
    String what = Texts.describe(op);
    String outcome = Texts.outcome(op);
    customer(op.customer(), what + ": " + outcome + " Ref " + op.id().value() + ".");
    if (op.recipient() != null && op.status() == io.starhash.core.operation.OperationStatus.COMPLETED) {
      customer(op.recipient(), "You received " + money(op.amount()) + ". Ref " + op.id().value() + ".");
    }
    // The customer may have been named by token: a partner never learns their number.
    partner(op, what + " (ref " + op.id().value() + "): " + outcome);
  }

  /** A partner started an operation: the customer is asked to approve it. */
  void approvalRequested(Operation op, String partnerName) {
    customer(op.customer(), partnerName + " asks you to approve " + Texts.describe(op)
        + ". Dial *165*6# to approve or reject. Ref " + op.id().value() + ".");
  }

  /** A customer started an operation that waits for an agent or merchant. */
  void waitingForPartner(Operation op) {
    if (op.partnerId() != null) {
      partner(op, Texts.describe(op) + " (ref " + op.id().value() + ") waits for your answer.");
    }
  }

  private void customer(Msisdn to, String text) {
    sms.send(to, text).exceptionally(e -> {
      log.warn("SMS to {} failed: {}", to.masked(), e.toString());
      return null;
    });
  }

  private void partner(Operation op, String text) {
    if (op.partnerId() == null) {
      return;
    }
    partners.append(op.partnerId(), op.id().value(), text).exceptionally(e -> {
      log.warn("notification to {} for {} failed: {}", op.partnerId(), op.id(), e.toString());
      return null;
    });
  }

  static String money(Money m) {
    return m.format() + " " + m.currency();
  }
}
