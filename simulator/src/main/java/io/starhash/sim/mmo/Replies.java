package io.starhash.sim.mmo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.starhash.core.mmo.MmoError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Reads request bodies and writes JSON answers (with {@code X-Date}) on the JDK HTTP server. */
final class Replies {

  /** The largest request body read. */
  static final int MAX_BODY = 64 * 1024;

  private final Clock clock;

  Replies(Clock clock) {
    this.clock = clock;
  }

  /** Writes {@code body} with {@code status} and ends the exchange. */
  void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = Shapes.MAPPER.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("X-Date", Shapes.httpDate(clock.instant()));
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
    ex.close();
  }

  /** Writes the MMAPI error object with {@code status}. */
  void error(HttpExchange ex, int status, MmoError error) throws IOException {
    json(ex, status, Shapes.error(error, clock.instant()));
  }

  /** The whole request body; a {@code 413} {@link BadRequest} if it is over {@link #MAX_BODY}. */
  static byte[] body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new BadRequest(413, MmapiErrors.validation(MmapiErrors.LENGTH, "body over " + MAX_BODY + " bytes"));
      }
      return bytes;
    }
  }

  /** The request body as a JSON object; a {@code validation/formatError} if it is anything else. */
  static JsonNode jsonObject(HttpExchange ex) throws IOException {
    byte[] bytes = body(ex);
    JsonNode node;
    try {
      node = Shapes.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw BadRequest.validation(MmapiErrors.FORMAT, "the body is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw BadRequest.validation(MmapiErrors.FORMAT, "the body must be a JSON object");
    }
    return node;
  }

  /** The query parameters, decoded; the last of repeated names wins. */
  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> params = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }
}
