package io.starhash.server.http;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Africa's Talking: a form POST of {@code sessionId, serviceCode, phoneNumber, networkCode, text},
 * where {@code text} holds every input so far joined by {@code *}; the reply is plain text
 * starting {@code CON } (continue) or {@code END }.
 */
final class AfricasTalkingDialect implements UssdDialect {

  static final String NAME = "africastalking";
  static final String PATH = "/ussd/africastalking";

  private static final WireFormat FORMAT =
      new WireFormat(
          NAME,
          Hop.InputMode.CUMULATIVE,
          new WireFormat.FieldNames("sessionId", "phoneNumber", "serviceCode", "text", "networkCode"));

  private final HopValidator validator;

  AfricasTalkingDialect(HopValidator validator) {
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
    Bodies.requireMediaType(request, HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED);
    FormBody form = FormBody.parse(request.content());
    WireFormat.FieldNames names = FORMAT.names();
    RawHop raw =
        new RawHop(
            form.get(names.sessionId()),
            form.get(names.msisdn()),
            form.get(names.serviceCode()),
            form.get(names.text()),
            form.get(names.network()),
            0);
    return validator.validate(FORMAT, raw);
  }

  @Override
  public ReplyBody encode(Hop hop, Screen screen) {
    String body = (screen.continues() ? "CON " : "END ") + screen.text();
    return new ReplyBody(Responses.TEXT_PLAIN, body.getBytes(StandardCharsets.UTF_8));
  }
}
