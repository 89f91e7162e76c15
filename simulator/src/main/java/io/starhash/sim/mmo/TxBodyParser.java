package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import java.util.Optional;

/**
 * Reads the body of {@code POST /transactions/type/{type}} into a {@link TxIntent}.
 *
 * <p>Throws {@link BadRequest} ({@code validation/...}) for anything malformed.
 */
final class TxBodyParser {

  static final int MAX_DESCRIPTION = 160;

  private final String currency;

  TxBodyParser(String currency) {
    this.currency = currency;
  }

  TxIntent parse(TxType type, JsonNode body) {
    String description = optionalText(body, "descriptionText").orElse("");
    if (description.length() > MAX_DESCRIPTION) {
      throw BadRequest.validation(MmapiErrors.LENGTH, "descriptionText is longer than " + MAX_DESCRIPTION);
    }
    if (type == TxType.REVERSAL) {
      String original = optionalText(body, "originalTransactionReference").orElseThrow(
          () -> missing("originalTransactionReference"));
      Money amount = body.has("amount") ? amount(body) : null;
      return new TxIntent.Reversal(original, amount, description);
    }
    return new TxIntent.Payment(type, amount(body), party(body, "debitParty"), party(body, "creditParty"),
        description);
  }

  /** The {@code key}/{@code value} pair of a party, given as a one-element array or a bare object. */
  static Party party(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw missing(field);
    }
    if (node.isArray()) {
      if (node.size() != 1) {
        throw BadRequest.validation(MmapiErrors.FORMAT, field + " must hold exactly one {key, value}");
      }
      node = node.get(0);
    }
    String key = optionalText(node, "key").orElseThrow(() -> missing(field + ".key"));
    String value = optionalText(node, "value").orElseThrow(() -> missing(field + ".value"));
    try {
      return new Party(key, value);
    } catch (IllegalArgumentException e) {
      throw BadRequest.validation(MmapiErrors.FORMAT, field + " is not a valid identifier");
    }
  }

  private Money amount(JsonNode body) {
    String code = optionalText(body, "currency").orElseThrow(() -> missing("currency"));
    if (!code.equals(currency)) {
      throw BadRequest.validation(MmapiErrors.CURRENCY, "currency " + code + " is not supported; use " + currency);
    }
    String text = optionalText(body, "amount").orElseThrow(() -> missing("amount"));
    Money amount = Money.parse(text, currency).filter(m -> text.equals(text.strip()))
        .orElseThrow(() -> BadRequest.validation(MmapiErrors.FORMAT,
            "amount must be a string of digits with at most 2 decimals, e.g. \"100.00\""));
    if (!amount.isPositive()) {
      throw BadRequest.validation(MmapiErrors.GENERIC, "amount must be more than zero");
    }
    return amount;
  }

  /** The field's text, empty if absent or null; a field of another JSON type is a format error. */
  static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw BadRequest.validation(MmapiErrors.FORMAT, field + " must be a string");
    }
    return Optional.of(v.textValue()).filter(s -> !s.isEmpty());
  }

  static BadRequest missing(String field) {
    return BadRequest.validation(MmapiErrors.MANDATORY, field + " is missing");
  }
}
