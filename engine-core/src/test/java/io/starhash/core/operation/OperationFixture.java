package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.operation.TransitionResult.Moved;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;

/** What the store contracts need from a test class: a fresh store, its clock, and a service on both. */
public interface OperationFixture {

  Duration TIMEOUT = Duration.ofMinutes(5);

  OperationStore store();

  MutableClock clock();

  OperationService service();

  default Operation create(NewOperation request) {
    return join(service().create(request));
  }

  /** Moves {@code op} and returns the result, failing the test if it did not move. */
  default Operation move(Operation op, Transition change) {
    TransitionResult r = join(service().transition(op.id(), op.status(), change));
    assertThat(r).isInstanceOf(Moved.class);
    return ((Moved) r).operation();
  }

  default Operation stored(Operation op) {
    return join(store().get(op.id())).orElseThrow();
  }
}
