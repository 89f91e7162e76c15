package io.starhash.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import java.util.Objects;

/**
 * starhash's own JSON dialect: {@code {sessionId, msisdn, serviceCode, input, network, hop?}} in,
 * where {@code input} is only the latest input and {@code hop} the gateway's 1-based hop number;
 * {@code {sessionId, message, continueSession}} out. Unknown fields are ignored.
 */
final class StarhashJsonDialect implements UssdDialect {

  static final String NAME = "json";
  static final String PATH = "/ussd";

  private static final WireFormat FORMAT =
      new WireFormat(
          NAME,
          Hop.InputMode.SINGLE,
          new WireFormat.FieldNames("sessionId", "msisdn", "serviceCode", "input", "network"));
  private static final String HOP = "hop";

  private final HopValidator validator;

  StarhashJsonDialect(HopValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public Hop decode(FullHttpRequest request) throws BadUssdRequest {
    Bodies.requireMediaType(request, HttpHeaderValues.APPLICATION_JSON);
    JsonNode root = HttpJson.readObject(Bodies.utf8(request.content()));
    WireFormat.FieldNames names = FORMAT.names();
    JsonNode sessionNode = root.get(names.sessionId());
    String sid = sessionNode != null && sessionNode.isTextual() ? sessionNode.textValue() : null;
    RawHop raw =
        new RawHop(
            string(root, names.sessionId(), sid),
            string(root, names.msisdn(), sid),
            string(root, names.serviceCode(), sid),
            string(root, names.text(), sid),
            string(root, names.network(), sid),
            hop(root, sid));
    return validator.validate(FORMAT, raw);
  }

  @Override
  public ReplyBody encode(Hop hop, Screen screen) {
    JsonNode reply =
        HttpJson.object()
            .put("sessionId", hop.sessionId().value())
            .put("message", screen.text())
            .put("continueSession", screen.continues());
    return new ReplyBody(Responses.JSON, HttpJson.write(reply));
  }

  private static String string(JsonNode root, String field, String sid) throws BadUssdRequest {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadUssdRequest(RejectReason.WRONG_TYPE, "field " + field + " must be a string", sid, null);
    }
    return node.textValue();
  }

  private static int hop(JsonNode root, String sid) throws BadUssdRequest {
    JsonNode node = root.get(HOP);
    if (node == null || node.isNull()) {
      return 0;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new BadUssdRequest(RejectReason.WRONG_TYPE, "field hop must be an integer", sid, null);
    }
    if (node.intValue() < 1) {
      throw new BadUssdRequest(RejectReason.INVALID_FIELD, "invalid hop", sid, null);
    }
    return node.intValue();
  }
}
