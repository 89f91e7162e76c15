package io.starhash.sim.mmo;

import io.starhash.core.mmo.MmoError;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one transaction request stands: {@code pending}, then {@code completed} (with the
 * transaction's reference) or {@code failed} (with the error).
 *
 * @param callbackUrl where the final state goes, or null for polling
 * @param transactionReference set exactly when completed
 * @param error set exactly when failed
 * @param updatedAt when the request was received, then when it reached its final state
 */
record RequestRecord(String serverCorrelationId, String clientCorrelationId, TxIntent intent, URI callbackUrl,
    Status status, String transactionReference, MmoError error, Instant updatedAt) {

  /** The MMAPI request status. */
  enum Status {
    PENDING("pending"), COMPLETED("completed"), FAILED("failed");

    private final String wire;

    Status(String wire) {
      this.wire = wire;
    }

    String wire() {
      return wire;
    }
  }

  RequestRecord {
    Objects.requireNonNull(serverCorrelationId, "serverCorrelationId");
    Objects.requireNonNull(clientCorrelationId, "clientCorrelationId");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if ((status == Status.COMPLETED) != (transactionReference != null)
        || (status == Status.FAILED) != (error != null)) {
      throw new IllegalArgumentException("a reference exactly when completed, an error exactly when failed");
    }
  }

  static RequestRecord pending(String serverCorrelationId, String clientCorrelationId, TxIntent intent,
      URI callbackUrl, Instant at) {
    return new RequestRecord(serverCorrelationId, clientCorrelationId, intent, callbackUrl, Status.PENDING,
        null, null, at);
  }

  /** This request in the final state {@code outcome} gives it. */
  RequestRecord finish(Outcome outcome, Instant at) {
    if (outcome instanceof Outcome.Completed c) {
      return new RequestRecord(serverCorrelationId, clientCorrelationId, intent, callbackUrl, Status.COMPLETED,
          c.transaction().reference(), null, at);
    }
    return new RequestRecord(serverCorrelationId, clientCorrelationId, intent, callbackUrl, Status.FAILED,
        null, ((Outcome.Failed) outcome).error(), at);
  }
}
