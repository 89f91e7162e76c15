package io.starhash.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.api.PartnerApi.NewOperation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /api/v1/operations} and checks its shape: the first wrong field
 * is refused with a 400 naming it. Business rules (limits, who may do what) are the engine's.
 */
final class OperationBody {

  static final Set<String> TYPES = Set.of("cash-in", "cash-out", "merchant-payment");
  static final int MAX_CUSTOMER = 32;
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

  private OperationBody() {}

  static NewOperation parse(byte[] body) throws Refused {
    JsonNode root = ApiJson.readObject(body);
    String type = text(root, "type");
    if (!TYPES.contains(type)) {
      throw Refused.badField("type", "type must be cash-in, cash-out or merchant-payment");
    }
    String customer = text(root, "customer");
    if (customer.isBlank() || customer.length() > MAX_CUSTOMER) {
      throw Refused.badField("customer", "customer must be a phone number or token of 1 to 32 characters");
    }
    String amount = text(root, "amount");
    if (!AMOUNT.matcher(amount).matches()) {
      throw Refused.badField("amount", "amount must be a string such as \"100.00\" (up to 2 decimals)");
    }
    return new NewOperation(type, customer, amount);
  }

  private static String text(JsonNode root, String field) throws Refused {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw Refused.badField(field, field + " is missing");
    }
    if (!node.isTextual()) {
      throw Refused.badField(field, field + " must be a string");
    }
    return node.textValue();
  }
}
