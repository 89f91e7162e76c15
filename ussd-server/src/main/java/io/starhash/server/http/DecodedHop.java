package io.starhash.server.http;

import io.starhash.core.ussd.Hop;
import java.util.Objects;

/**
 * A hop decoded from a request, on its way to the engine.
 *
 * @param startNanos the meter registry's monotonic time when decoding began
 */
record DecodedHop(Hop hop, UssdDialect dialect, ReplyTo replyTo, long startNanos) {

  DecodedHop {
    Objects.requireNonNull(hop, "hop");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(replyTo, "replyTo");
  }
}
