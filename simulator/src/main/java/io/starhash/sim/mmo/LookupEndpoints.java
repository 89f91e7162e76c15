package io.starhash.sim.mmo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** The read-only MMAPI resources: request states, responses, transactions and the heartbeat. */
final class LookupEndpoints {

  private final Requests requests;
  private final Book book;
  private final FaultInjector faults;
  private final Replies replies;
  private final String basePath;
  private final int pollLimit;

  LookupEndpoints(Requests requests, Book book, FaultInjector faults, Replies replies, String basePath,
      int pollLimit) {
    this.requests = requests;
    this.book = book;
    this.faults = faults;
    this.replies = replies;
    this.basePath = basePath;
    this.pollLimit = pollLimit;
  }

  void requestState(HttpExchange ex, String serverCorrelationId) throws IOException {
    RequestRecord r = requests.byServerId(serverCorrelationId)
        .orElseThrow(() -> unknown("no request state " + serverCorrelationId));
    replies.json(ex, 200, Shapes.requestState(r, pollLimit));
  }

  void response(HttpExchange ex, String clientCorrelationId) throws IOException {
    RequestRecord r = requests.byClientId(clientCorrelationId)
        .orElseThrow(() -> unknown("no request with X-CorrelationID " + clientCorrelationId));
    replies.json(ex, 200, Shapes.response(r, basePath));
  }

  void transaction(HttpExchange ex, String reference) throws IOException {
    MmoTransaction t = book.transaction(reference).orElseThrow(() -> unknown("no transaction " + reference));
    replies.json(ex, 200, Shapes.transaction(t));
  }

  void heartbeat(HttpExchange ex) throws IOException {
    boolean down = faults.serviceUnavailable();
    replies.json(ex, down ? 503 : 200,
        Shapes.MAPPER.createObjectNode().put("serviceStatus", down ? "unavailable" : Shapes.AVAILABLE));
  }

  static BadRequest unknown(String description) {
    return new BadRequest(MmapiErrors.unknown(description));
  }
}
