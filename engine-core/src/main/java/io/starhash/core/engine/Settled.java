package io.starhash.core.engine;

import io.starhash.core.mmo.MmoError;
import io.starhash.core.operation.Operation;

/** Where an operation stands after it was handed to the MMO. */
sealed interface Settled {

  Operation operation();

  /** Money moved. */
  record Done(Operation operation) implements Settled {}

  /** The MMO refused it; no money moved. */
  record Declined(Operation operation, MmoError error) implements Settled {}

  /** Accepted, not final yet: the parties hear the result by SMS and notification. */
  record Later(Operation operation) implements Settled {}

  /** The MMO could not be reached; nothing was accepted and the operation failed. */
  record Unavailable(Operation operation) implements Settled {}
}
