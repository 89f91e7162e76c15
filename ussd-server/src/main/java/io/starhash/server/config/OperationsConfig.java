package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.OPERATIONS_APPROVAL_TIMEOUT;

import java.time.Duration;

/** Agent and merchant operations: how long one waits for the customer's approval. */
public record OperationsConfig(Duration approvalTimeout) {

  /** @throws ConfigException if the timeout is not positive */
  public OperationsConfig {
    OPERATIONS_APPROVAL_TIMEOUT.require(approvalTimeout);
  }
}
