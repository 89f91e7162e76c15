package io.starhash.core.mmo.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starhash.core.mmo.JournalEntry;
import io.starhash.core.mmo.MmoError;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxRequest;
import io.starhash.core.mmo.TxState;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A journal entry as one JSON value, readable with {@code redis-cli}; {@code state} is a
 * top-level field so that the journal's Lua script can read it.
 *
 * <p>Thread-safe.
 */
final class JournalCodec {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JournalCodec() {}

  static byte[] encode(JournalEntry e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("v", 1);
    n.put("state", e.state().name());
    TxRequest r = e.request();
    ObjectNode req = n.putObject("request");
    req.put("id", r.clientCorrelationId());
    req.put("type", r.type().wire());
    req.put("minor", r.amount().minor());
    req.put("currency", r.amount().currency());
    party(req.putObject("debit"), r.debit());
    party(req.putObject("credit"), r.credit());
    req.put("description", r.description());
    e.serverCorrelationId().ifPresent(s -> n.put("serverCorrelationId", s));
    e.transactionReference().ifPresent(s -> n.put("transactionReference", s));
    e.error().ifPresent(err -> n.putObject("error").put("category", err.category())
        .put("code", err.code()).put("description", err.description()));
    n.put("attempts", e.attempts());
    n.put("createdAt", e.createdAt().toEpochMilli());
    n.put("updatedAt", e.updatedAt().toEpochMilli());
    try {
      return MAPPER.writeValueAsBytes(n);
    } catch (IOException x) {
      throw new IllegalStateException("cannot write a journal entry", x);
    }
  }

  private static void party(ObjectNode n, Party p) {
    n.put("idType", p.idType()).put("id", p.id());
  }

  /** @throws IllegalArgumentException if {@code value} is not an entry this codec wrote */
  static JournalEntry decode(byte[] value) {
    try {
      JsonNode n = MAPPER.readTree(value);
      JsonNode req = n.required("request");
      TxRequest r = new TxRequest(req.required("id").asText(),
          TxType.fromWire(req.required("type").asText()),
          new Money(req.required("minor").asLong(), req.required("currency").asText()),
          party(req.required("debit")), party(req.required("credit")),
          req.path("description").asText(""));
      Optional<MmoError> error = n.hasNonNull("error")
          ? Optional.of(new MmoError(n.get("error").required("category").asText(),
              n.get("error").required("code").asText(), n.get("error").path("description").asText("")))
          : Optional.empty();
      return new JournalEntry(r, TxState.valueOf(n.required("state").asText()),
          text(n, "serverCorrelationId"), text(n, "transactionReference"), error,
          n.path("attempts").asInt(0), Instant.ofEpochMilli(n.required("createdAt").asLong()),
          Instant.ofEpochMilli(n.required("updatedAt").asLong()));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a journal entry: " + e.getMessage(), e);
    }
  }

  private static Party party(JsonNode n) {
    return new Party(n.required("idType").asText(), n.required("id").asText());
  }

  private static Optional<String> text(JsonNode n, String field) {
    return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }
}
