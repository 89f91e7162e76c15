package io.starhash.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The API's JSON mapper: strict on input, null fields left out on output. Thread-safe. */
final class ApiJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private ApiJson() {}

  /** Parses a body that must be one JSON object; anything else is a 400. */
  static JsonNode readObject(byte[] body) throws Refused {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw Refused.badField(null, "body is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw Refused.badField(null, "body must be a JSON object");
    }
    return root;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A value (a record, a list of records) as a tree, without its null fields. */
  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** {@code {"name": value}}, e.g. {@code {"operations":[...]}}. */
  static JsonNode wrap(String name, Object value) {
    ObjectNode node = object();
    node.set(name, tree(value));
    return node;
  }

  static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
