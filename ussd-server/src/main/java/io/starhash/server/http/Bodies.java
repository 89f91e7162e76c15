package io.starhash.server.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks shared by every dialect's request body: its media type and strict UTF-8. */
final class Bodies {

  private static final AsciiString UTF_8 = AsciiString.cached("utf-8");

  private Bodies() {}

  /**
   * Requires the request's media type to be {@code mediaType}; a charset parameter, if any,
   * must be UTF-8.
   */
  static void requireMediaType(FullHttpRequest request, AsciiString mediaType) throws BadUssdRequest {
    CharSequence actual = HttpUtil.getMimeType(request);
    if (actual == null || !mediaType.contentEqualsIgnoreCase(AsciiString.of(actual).trim())) {
      throw new BadUssdRequest(
          RejectReason.UNSUPPORTED_MEDIA_TYPE, "content type must be " + mediaType);
    }
    CharSequence charset = HttpUtil.getCharsetAsSequence(request);
    if (charset != null && !UTF_8.contentEqualsIgnoreCase(AsciiString.of(charset).trim())) {
      throw new BadUssdRequest(RejectReason.UNSUPPORTED_MEDIA_TYPE, "charset must be utf-8");
    }
  }

  /** The readable bytes of {@code content} as text; malformed UTF-8 is refused, never replaced. */
  static String utf8(ByteBuf content) throws BadUssdRequest {
    return utf8(content.nioBuffer());
  }

  static String utf8(byte[] bytes) throws BadUssdRequest {
    return utf8(ByteBuffer.wrap(bytes));
  }

  private static String utf8(ByteBuffer bytes) throws BadUssdRequest {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadUssdRequest(RejectReason.BAD_ENCODING, "body is not valid UTF-8");
    }
  }
}
