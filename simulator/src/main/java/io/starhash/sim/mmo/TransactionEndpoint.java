package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.starhash.core.mmo.TxType;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /transactions/type/{type}}: validates, applies the fault, submits, answers {@code 202}. */
final class TransactionEndpoint {

  private static final Logger log = LoggerFactory.getLogger(TransactionEndpoint.class);
  /** What an {@code X-CorrelationID} may be: it is also a path segment of {@code /responses/{id}}. */
  static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final TxService service;
  private final TxBodyParser parser;
  private final FaultInjector faults;
  private final HeldExchanges held;
  private final Replies replies;
  private final int pollLimit;

  TransactionEndpoint(TxService service, TxBodyParser parser, FaultInjector faults, HeldExchanges held,
      Replies replies, int pollLimit) {
    this.service = service;
    this.parser = parser;
    this.faults = faults;
    this.held = held;
    this.replies = replies;
    this.pollLimit = pollLimit;
  }

  void post(HttpExchange ex, String typeName) throws IOException {
    String correlationId = correlationId(ex);
    URI callbackUrl = callbackUrl(ex);
    JsonNode body = Replies.jsonObject(ex);
    TxIntent intent = parser.parse(type(typeName), body);
    Optional<Fault> fault = faults.take();
    if (fault.isPresent() && fault.get().errorStatus() != 0) {
      int status = fault.get().errorStatus();
      log.info("cc={} refused with injected HTTP {}", correlationId, status);
      replies.error(ex, status, MmapiErrors.forStatus(status));
      return;
    }
    TxService.Submission s = service.submit(correlationId, intent, callbackUrl, fault.orElse(null));
    if (s instanceof TxService.Submission.Conflict c) {
      throw new BadRequest(c.error());
    }
    RequestRecord state = ((TxService.Submission.Accepted) s).state();
    if (fault.isPresent() && fault.get().timeout()) {
      log.info("cc={} answer withheld (injected timeout)", correlationId);
      held.hold(ex);
      return;
    }
    replies.json(ex, 202, Shapes.requestState(state, pollLimit));
  }

  private static String correlationId(HttpExchange ex) {
    String id = ex.getRequestHeaders().getFirst("X-CorrelationID");
    if (id == null || id.isEmpty()) {
      throw BadRequest.validation(MmapiErrors.MANDATORY, "the X-CorrelationID header is missing");
    }
    if (!CORRELATION_ID.matcher(id).matches()) {
      throw BadRequest.validation(MmapiErrors.FORMAT, "X-CorrelationID must be 1-128 of [A-Za-z0-9._:-]");
    }
    return id;
  }

  private static URI callbackUrl(HttpExchange ex) {
    String text = ex.getRequestHeaders().getFirst("X-Callback-URL");
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      URI url = new URI(text);
      if (("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))
          && url.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw BadRequest.validation(MmapiErrors.FORMAT, "X-Callback-URL must be an absolute http(s) URL");
  }

  private static TxType type(String name) {
    try {
      return TxType.fromWire(name);
    } catch (IllegalArgumentException e) {
      throw BadRequest.validation(MmapiErrors.FORMAT, "unknown transaction type: " + name);
    }
  }
}
