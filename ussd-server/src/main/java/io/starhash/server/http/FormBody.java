package io.starhash.server.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A strictly decoded {@code application/x-www-form-urlencoded} body.
 *
 * <p>Netty's {@link QueryStringDecoder} replaces malformed UTF-8 silently, so the body is
 * decoded as ISO-8859-1 (one char per byte, lossless) and each value we read is turned back
 * into its bytes and decoded as strict UTF-8.
 */
final class FormBody {

  private static final int MAX_FIELDS = 32;

  private final Map<String, List<String>> fields;

  private FormBody(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  static FormBody parse(ByteBuf content) throws BadUssdRequest {
    Bodies.utf8(content);
    QueryStringDecoder decoder =
        QueryStringDecoder.builder()
            .hasPath(false)
            .charset(StandardCharsets.ISO_8859_1)
            .semicolonIsNormalChar(true)
            .maxParams(MAX_FIELDS)
            .build(content.toString(StandardCharsets.ISO_8859_1));
    try {
      return new FormBody(decoder.parameters());
    } catch (IllegalArgumentException e) {
      throw new BadUssdRequest(RejectReason.MALFORMED_BODY, "body is not a valid form");
    }
  }

  /** The first value of the field, or null when the body does not have it. */
  String get(String name) throws BadUssdRequest {
    List<String> values = fields.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return Bodies.utf8(values.get(0).getBytes(StandardCharsets.ISO_8859_1));
  }
}
