package io.starhash.server.http;

import java.util.Objects;

/** Stands in for a request whose body exceeded the limit, so that it is answered 413 in order. */
record TooLarge(String uri, ReplyTo replyTo) {

  TooLarge {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(replyTo, "replyTo");
  }
}
