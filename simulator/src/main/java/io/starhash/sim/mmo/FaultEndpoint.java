package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sim/faults}: {@code POST} sets the fault from
 * {@code {"delayMs","errorStatus","timeout","duplicateCallback","lostCallback","count"}} (all
 * optional; {@code count} defaults to 1), {@code GET} shows it, {@code DELETE} clears it.
 */
final class FaultEndpoint {

  private static final Logger log = LoggerFactory.getLogger(FaultEndpoint.class);

  private final FaultInjector faults;
  private final Replies replies;

  FaultEndpoint(FaultInjector faults, Replies replies) {
    this.faults = faults;
    this.replies = replies;
  }

  void handle(HttpExchange ex, String method) throws IOException {
    switch (method) {
      case "GET" -> replies.json(ex, 200, describe());
      case "POST" -> {
        faults.set(parse(Replies.jsonObject(ex)));
        log.info("fault set: {}", faults.current().orElseThrow());
        replies.json(ex, 200, describe());
      }
      case "DELETE" -> {
        faults.clear();
        log.info("faults cleared");
        replies.json(ex, 200, describe());
      }
      default -> throw Router.notAllowed(ex, "GET, POST, DELETE");
    }
  }

  /** {@code {"active":false}}, or the fault's fields with {@code "active":true} and {@code "remaining"}. */
  private ObjectNode describe() {
    ObjectNode n = Shapes.MAPPER.createObjectNode();
    faults.current().ifPresentOrElse(f -> n.put("active", true)
        .put("delayMs", f.delay().toMillis())
        .put("errorStatus", f.errorStatus())
        .put("timeout", f.timeout())
        .put("duplicateCallback", f.duplicateCallback())
        .put("lostCallback", f.lostCallback())
        .put("count", f.count())
        .put("remaining", faults.remaining()), () -> n.put("active", false));
    return n;
  }

  private static Fault parse(JsonNode body) {
    try {
      return new Fault(Duration.ofMillis(integer(body, "delayMs", 0)), integer(body, "errorStatus", 0),
          flag(body, "timeout"), flag(body, "duplicateCallback"), flag(body, "lostCallback"),
          integer(body, "count", 1));
    } catch (IllegalArgumentException e) {
      throw BadRequest.validation(MmapiErrors.GENERIC, e.getMessage());
    }
  }

  private static int integer(JsonNode body, String field, int absent) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isInt()) {
      throw BadRequest.validation(MmapiErrors.FORMAT, field + " must be a whole number");
    }
    return v.intValue();
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw BadRequest.validation(MmapiErrors.FORMAT, field + " must be true or false");
    }
    return v.booleanValue();
  }
}
