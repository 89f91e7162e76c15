package io.starhash.sim.mmo;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every transaction request received, by server and by client correlation id.
 *
 * <p>Thread-safe; a client correlation id names at most one request.
 */
final class Requests {

  private final Map<String, RequestRecord> byServerId = new ConcurrentHashMap<>();
  private final Map<String, String> serverIdByClientId = new ConcurrentHashMap<>();

  /** Adds {@code r}, or returns the request that already holds its client correlation id. */
  Optional<RequestRecord> addIfAbsent(RequestRecord r) {
    byServerId.put(r.serverCorrelationId(), r);
    String prior = serverIdByClientId.putIfAbsent(r.clientCorrelationId(), r.serverCorrelationId());
    if (prior == null) {
      return Optional.empty();
    }
    byServerId.remove(r.serverCorrelationId());
    return Optional.of(byServerId.get(prior));
  }

  /** Replaces the stored state of {@code r}'s request. */
  void update(RequestRecord r) {
    byServerId.put(r.serverCorrelationId(), r);
  }

  Optional<RequestRecord> byServerId(String serverCorrelationId) {
    return Optional.ofNullable(byServerId.get(serverCorrelationId));
  }

  Optional<RequestRecord> byClientId(String clientCorrelationId) {
    return Optional.ofNullable(serverIdByClientId.get(clientCorrelationId)).map(byServerId::get);
  }
}
