package io.starhash.core.mmo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starhash.core.money.Money;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of the MMAPI: request bodies out, lenient reading in (unknown fields ignored, the
 * kind of a body told by its fields).
 *
 * <p>Thread-safe (one configured mapper).
 */
final class MmapiJson {

  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private MmapiJson() {}

  /** The body of {@code POST /transactions/type/{type}}. */
  static byte[] transaction(TxRequest request) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("amount", amount(request.amount()));
    body.put("currency", request.amount().currency());
    body.set("debitParty", party(request.debit()));
    body.set("creditParty", party(request.credit()));
    if (!request.description().isEmpty()) {
      body.put("descriptionText", request.description());
    }
    return bytes(body);
  }

  /** The body of {@code POST /accounts/individual}. */
  static byte[] account(Party party, String fullName) {
    ObjectNode body = MAPPER.createObjectNode();
    body.set("accountIdentifiers", party(party));
    body.putObject("name").put("fullName", fullName);
    return bytes(body);
  }

  /** {@code 1234.50} for 1,234.50: no separators, two decimals. */
  static String amount(Money money) {
    return String.format(Locale.ROOT, "%d.%02d", money.minor() / 100, money.minor() % 100);
  }

  private static ArrayNode party(Party party) {
    ArrayNode list = MAPPER.createArrayNode();
    list.addObject().put("key", party.idType()).put("value", party.id());
    return list;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write json", e);
    }
  }

  /** The body as a tree; a missing node for an empty or unreadable body. */
  static JsonNode tree(byte[] body) {
    if (body == null || body.length == 0) {
      return MAPPER.missingNode();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null ? MAPPER.missingNode() : node;
    } catch (IOException e) {
      return MAPPER.missingNode();
    }
  }

  /** The error object in {@code body}, if it is one (or a request state carrying one). */
  static Optional<MmoError> error(byte[] body) {
    return error(tree(body));
  }

  private static Optional<MmoError> error(JsonNode node) {
    if (node.hasNonNull("errorCategory") || node.hasNonNull("errorCode")) {
      return Optional.of(new MmoError(text(node, "errorCategory").orElse(MmoError.INTERNAL),
          text(node, "errorCode").orElse("genericError"),
          text(node, "errorDescription").or(() -> text(node, "errordescription")).orElse("")));
    }
    JsonNode nested = node.path("error");
    return nested.isObject() ? error(nested) : Optional.empty();
  }

  /**
   * What a post's answer, a callback, a request state, a {@code /responses} answer or a
   * transaction object says about a transaction.
   */
  static Progress progress(byte[] body) {
    JsonNode node = tree(body);
    if (!node.isObject()) {
      return new Progress.Unclear("not a json object");
    }
    Optional<String> status = text(node, "status").map(s -> s.toLowerCase(Locale.ROOT));
    Optional<String> txStatus = text(node, "transactionStatus").map(s -> s.toLowerCase(Locale.ROOT));
    Optional<String> scid = text(node, "serverCorrelationId");
    if (status.isPresent()) {
      return requestState(node, status.get(), scid);
    }
    Optional<MmoError> error = error(node);
    if (error.isPresent()) {
      return new Progress.Refused(error.get());
    }
    Optional<String> ref = text(node, "transactionReference");
    if (ref.isPresent() || txStatus.isPresent()) {
      return transaction(ref, txStatus.orElse("completed"), scid);
    }
    Optional<String> link = text(node, "link");
    if (link.isPresent()) {
      return link(link.get());
    }
    return new Progress.Unclear("no status, error, transaction or link");
  }

  private static Progress requestState(JsonNode node, String status, Optional<String> scid) {
    switch (status) {
      case "pending":
        return new Progress.Accepted(scid);
      case "completed":
        return text(node, "objectReference").<Progress>map(Progress.Done::new)
            .orElseGet(() -> new Progress.Unclear("completed without objectReference"));
      case "failed":
        return new Progress.Refused(error(node).orElse(
            new MmoError(MmoError.BUSINESS_RULE, "requestDeclined", "request failed")));
      default:
        return new Progress.Unclear("request status " + status);
    }
  }

  private static Progress transaction(Optional<String> ref, String status, Optional<String> scid) {
    switch (status) {
      case "completed":
      case "success":
      case "successful":
        return ref.<Progress>map(Progress.Done::new)
            .orElseGet(() -> new Progress.Unclear("completed without transactionReference"));
      case "pending":
        return new Progress.Accepted(scid);
      case "failed":
      case "declined":
      case "rejected":
        return new Progress.Refused(
            new MmoError(MmoError.BUSINESS_RULE, "requestDeclined", "transaction " + status));
      default:
        return new Progress.Unclear("transaction status " + status);
    }
  }

  /** {@code .../requeststates/{id}} or {@code .../transactions/{ref}}, absolute or not. */
  private static Progress link(String link) {
    String path = link.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    int slash = path.lastIndexOf('/');
    String last = path.substring(slash + 1);
    String parent = slash <= 0 ? "" : path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
    if (last.isEmpty()) {
      return new Progress.Unclear("empty link");
    }
    if (parent.equals("requeststates")) {
      return new Progress.Accepted(Optional.of(last));
    }
    if (parent.equals("transactions")) {
      return new Progress.Linked(last);
    }
    return new Progress.Unclear("link to " + parent);
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
