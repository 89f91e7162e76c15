package io.starhash.server.http;

import io.netty.handler.codec.http.FullHttpResponse;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.ussd.SessionId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@link BadUssdRequest} into its 4xx response, one log line and one count. Thread-safe. */
final class Rejections {

  private static final Logger LOG = LoggerFactory.getLogger(Rejections.class);

  private final HttpMetrics metrics;

  Rejections(HttpMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  FullHttpResponse respond(ReplyTo to, String dialect, BadUssdRequest bad) {
    metrics.rejected(dialect, bad.reason());
    LOG.info(
        "{} rejected {} {} {}: {} phone={}",
        loggable(bad.sessionId()),
        dialect,
        bad.reason().status().code(),
        bad.reason().tag(),
        bad.getMessage(),
        bad.phone() == null ? "-" : printable(Msisdn.mask(bad.phone())));
    return Responses.text(to, bad.reason().status(), bad.getMessage());
  }

  private static String loggable(String sessionId) {
    if (sessionId == null) {
      return "-";
    }
    try {
      return new SessionId(sessionId).value();
    } catch (IllegalArgumentException e) {
      return "-";
    }
  }

  private static String printable(String s) {
    return s.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
