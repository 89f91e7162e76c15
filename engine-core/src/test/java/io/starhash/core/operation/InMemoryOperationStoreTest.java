package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.ALICE;
import static io.starhash.core.operation.Ops.join;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryOperationStoreTest extends OperationContracts {

  InMemoryOperationStoreTest() {
    super(clock -> new InMemoryOperationStore());
  }

  @Test
  void beyondItsCapacityForgetsTheOldestFinalOperationsButNoPendingOne() {
    InMemoryOperationStore small = new InMemoryOperationStore(2);
    OperationService s = new OperationService(small, clock(), TIMEOUT);
    Operation pending = join(s.create(Ops.aliceCashIn()));
    Operation done = join(s.create(Ops.alicePays()));
    join(s.transition(done.id(), done.status(), Transition.to(OperationStatus.REJECTED)));
    Operation third = join(s.create(Ops.agentCashOut(ALICE)));
    Operation fourth = join(s.create(Ops.agentCashOut(ALICE)));

    assertThat(join(small.get(done.id()))).isEmpty();
    assertThat(join(small.get(pending.id()))).contains(pending);
    assertThat(join(small.get(third.id()))).contains(third);
    assertThat(join(small.get(fourth.id()))).contains(fourth);
    assertThat(small.kind()).isEqualTo("memory");
  }
}
