package io.starhash.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;

/** Why a request was refused before it reached the engine: the HTTP status and the metric tag. */
enum RejectReason {
  MALFORMED_HTTP(HttpResponseStatus.BAD_REQUEST),
  NOT_FOUND(HttpResponseStatus.NOT_FOUND),
  METHOD_NOT_ALLOWED(HttpResponseStatus.METHOD_NOT_ALLOWED),
  UNSUPPORTED_MEDIA_TYPE(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE),
  BODY_TOO_LARGE(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE),
  BAD_ENCODING(HttpResponseStatus.BAD_REQUEST),
  MALFORMED_BODY(HttpResponseStatus.BAD_REQUEST),
  MISSING_FIELD(HttpResponseStatus.BAD_REQUEST),
  WRONG_TYPE(HttpResponseStatus.BAD_REQUEST),
  INVALID_SESSION_ID(HttpResponseStatus.BAD_REQUEST),
  INVALID_PHONE(HttpResponseStatus.BAD_REQUEST),
  TEXT_TOO_LONG(HttpResponseStatus.BAD_REQUEST),
  INVALID_FIELD(HttpResponseStatus.BAD_REQUEST);

  private final HttpResponseStatus status;
  private final String tag;

  RejectReason(HttpResponseStatus status) {
    this.status = status;
    this.tag = name().toLowerCase(Locale.ROOT);
  }

  HttpResponseStatus status() {
    return status;
  }

  /** The low-cardinality {@code reason} tag of {@code ussd.rejected}. */
  String tag() {
    return tag;
  }
}
