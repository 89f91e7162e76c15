package io.starhash.server.http;

import java.util.Objects;

/** An encoded reply: its content type and its bytes (owned by the caller once returned). */
record ReplyBody(CharSequence contentType, byte[] bytes) {

  ReplyBody {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
