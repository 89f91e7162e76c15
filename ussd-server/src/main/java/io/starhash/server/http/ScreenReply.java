package io.starhash.server.http;

import io.starhash.core.ussd.Screen;
import java.util.Objects;

/** The engine's screen for a decoded hop, written to the channel for the dialect to encode. */
record ScreenReply(DecodedHop request, Screen screen) {

  ScreenReply {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(screen, "screen");
  }
}
