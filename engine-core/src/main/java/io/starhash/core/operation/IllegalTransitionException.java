package io.starhash.core.operation;

/** A status move that the {@link TransitionTable} does not allow. */
public final class IllegalTransitionException extends IllegalStateException {

  private final OperationStatus from;
  private final OperationStatus to;

  public IllegalTransitionException(OperationStatus from, OperationStatus to) {
    super("illegal operation transition " + from + " -> " + to);
    this.from = from;
    this.to = to;
  }

  public OperationStatus from() {
    return from;
  }

  public OperationStatus to() {
    return to;
  }
}
