package io.starhash.core.operation;

import java.util.Objects;

/** What came of a requested status move. */
public sealed interface TransitionResult {

  /** The move happened; {@code operation} is the stored result. */
  record Moved(Operation operation) implements TransitionResult {
    public Moved {
      Objects.requireNonNull(operation, "operation");
    }
  }

  /** The transition table does not allow {@code from -> to}; nothing was read or changed. */
  record Illegal(OperationStatus from, OperationStatus to) implements TransitionResult {
    public Illegal {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The operation was not in the expected status (someone else moved it first, or it expired
   * on the way); {@code current} is how it is now.
   */
  record Conflict(Operation current) implements TransitionResult {
    public Conflict {
      Objects.requireNonNull(current, "current");
    }
  }

  /** There is no operation with this id. */
  record NotFound(OperationId id) implements TransitionResult {
    public NotFound {
      Objects.requireNonNull(id, "id");
    }
  }

  /** The move is allowed but does not fit this operation, e.g. another partner's operation. */
  record Invalid(Operation current, String reason) implements TransitionResult {
    public Invalid {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
