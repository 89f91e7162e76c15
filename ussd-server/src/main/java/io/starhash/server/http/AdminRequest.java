package io.starhash.server.http;

import java.util.Objects;

/** A GET of an operations endpoint, routed to {@link AdminHandler}. */
record AdminRequest(Kind kind, ReplyTo replyTo) {

  AdminRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(replyTo, "replyTo");
  }

  /** The operations endpoints and their paths. */
  enum Kind {
    HEALTH("/health"),
    METRICS("/metrics");

    private final String path;

    Kind(String path) {
      this.path = path;
    }

    String path() {
      return path;
    }

    /** The endpoint served on {@code path}, or null. */
    static Kind forPath(String path) {
      for (Kind kind : values()) {
        if (kind.path.equals(path)) {
          return kind;
        }
      }
      return null;
    }
  }
}
