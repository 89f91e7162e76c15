package io.starhash.server.http;

import io.netty.handler.codec.http.FullHttpRequest;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;

/**
 * One aggregator's USSD wire format: decodes its HTTP request into a {@link Hop} and encodes a
 * {@link Screen} into its reply body.
 *
 * <p>Implementations are stateless and thread-safe. Adding a gateway is one more implementation
 * listed in {@link UssdDialects}.
 */
interface UssdDialect {

  /** The {@code dialect} tag of metrics and {@link Hop#dialect()}, e.g. {@code africastalking}. */
  String name();

  /** The exact request path the dialect is served on, e.g. {@code /ussd/africastalking}. */
  String path();

  /**
   * Decodes a POST to {@link #path()}; the caller still owns (and releases) the request.
   *
   * @throws BadUssdRequest with a reason safe to send back when the request is not a valid hop
   */
  Hop decode(FullHttpRequest request) throws BadUssdRequest;

  /** Encodes the answer to {@code hop}. */
  ReplyBody encode(Hop hop, Screen screen);
}
