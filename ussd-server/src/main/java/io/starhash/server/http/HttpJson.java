package io.starhash.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the HTTP front, configured once; thread-safe. */
final class HttpJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private HttpJson() {}

  /** Parses a body that must be one JSON object. */
  static JsonNode readObject(String body) throws BadUssdRequest {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadUssdRequest(RejectReason.MALFORMED_BODY, "body is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new BadUssdRequest(RejectReason.MALFORMED_BODY, "body must be a JSON object");
    }
    return root;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode valueToTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
