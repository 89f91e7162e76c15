package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starhash.core.mmo.MmoError;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The JSON bodies the simulator sends; README.md shows each shape. */
final class Shapes {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String AVAILABLE = "available";

  private Shapes() {}

  /** {@code "100.00"}: digits, a point and two decimals, no separators. */
  static String amount(Money m) {
    return String.format(Locale.ROOT, "%d.%02d", m.minor() / 100, m.minor() % 100);
  }

  /** ISO 8601 in UTC, to the millisecond: {@code 2026-01-01T00:00:00Z}. */
  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }

  /** RFC 1123 in GMT, for the {@code X-Date} header. */
  static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  static ArrayNode party(Party p) {
    ArrayNode array = MAPPER.createArrayNode();
    array.addObject().put("key", p.idType()).put("value", p.id());
    return array;
  }

  static ObjectNode requestState(RequestRecord r, int pollLimit) {
    ObjectNode n = MAPPER.createObjectNode()
        .put("serverCorrelationId", r.serverCorrelationId())
        .put("clientCorrelationId", r.clientCorrelationId())
        .put("status", r.status().wire())
        .put("notificationMethod", r.callbackUrl() == null ? "polling" : "callback")
        .put("pollLimit", pollLimit);
    if (r.transactionReference() != null) {
      n.put("objectReference", r.transactionReference());
    }
    if (r.error() != null) {
      n.set("errorReference", error(r.error(), r.updatedAt()));
    }
    return n;
  }

  static ObjectNode transaction(MmoTransaction t) {
    ObjectNode n = MAPPER.createObjectNode()
        .put("transactionReference", t.reference())
        .put("transactionStatus", "completed")
        .put("type", t.type().wire())
        .put("amount", amount(t.amount()))
        .put("currency", t.amount().currency());
    n.set("debitParty", party(t.debit()));
    n.set("creditParty", party(t.credit()));
    if (!t.description().isEmpty()) {
      n.put("descriptionText", t.description());
    }
    if (t.originalReference() != null) {
      n.put("originalTransactionReference", t.originalReference());
    }
    return n.put("clientCorrelationId", t.clientCorrelationId())
        .put("serverCorrelationId", t.serverCorrelationId())
        .put("creationDate", time(t.completedAt()))
        .put("modificationDate", time(t.completedAt()));
  }

  static ObjectNode error(MmoError e, Instant at) {
    return MAPPER.createObjectNode()
        .put("errorCategory", e.category())
        .put("errorCode", e.code())
        .put("errorDescription", e.description())
        .put("errorDateTime", time(at));
  }

  /** The callback body of a failed request: the error object and both correlation ids. */
  static ObjectNode failureCallback(RequestRecord r) {
    return error(r.error(), r.updatedAt())
        .put("clientCorrelationId", r.clientCorrelationId())
        .put("serverCorrelationId", r.serverCorrelationId());
  }

  /** The answer of {@code GET /responses/{id}}: the transaction once completed, the request state before. */
  static ObjectNode response(RequestRecord r, String basePath) {
    boolean done = r.transactionReference() != null;
    String reference = done ? r.transactionReference() : r.serverCorrelationId();
    return MAPPER.createObjectNode()
        .put("clientCorrelationId", r.clientCorrelationId())
        .put("objectReference", reference)
        .put("link", basePath + (done ? "/transactions/" : "/requeststates/") + reference);
  }

  static ObjectNode account(Account a, String currency) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("accountIdentifiers", party(a.party()));
    n.set("name", name(a));
    return n.put("accountStatus", AVAILABLE)
        .put("currency", currency)
        .put("creationDate", time(a.createdAt()));
  }

  static ObjectNode name(Account a) {
    return MAPPER.createObjectNode().put("fullName", a.name());
  }

  static ObjectNode balance(Money m) {
    return MAPPER.createObjectNode()
        .put("currentBalance", amount(m))
        .put("availableBalance", amount(m))
        .put("reservedBalance", "0.00")
        .put("unclearedBalance", "0.00")
        .put("currency", m.currency())
        .put("accountStatus", AVAILABLE);
  }
}
