package io.starhash.core.operation;

import static io.starhash.core.operation.Ops.AGENT;
import static io.starhash.core.operation.Ops.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.operation.TransitionResult.Illegal;
import io.starhash.core.operation.TransitionResult.Moved;
import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every one of the 64 (from, to) pairs, on a real operation in {@code from}. */
class TransitionTableTest {

  /** Written out by hand, apart from the table, so that a change to either one shows. */
  private static final Set<String> ALLOWED = Set.of(
      "PENDING_AGENT->PROCESSING", "PENDING_AGENT->REJECTED", "PENDING_AGENT->CANCELLED",
      "PENDING_AGENT->EXPIRED", "PENDING_AGENT->FAILED",
      "PENDING_CUSTOMER->PROCESSING", "PENDING_CUSTOMER->REJECTED", "PENDING_CUSTOMER->CANCELLED",
      "PENDING_CUSTOMER->EXPIRED", "PENDING_CUSTOMER->FAILED",
      "PROCESSING->COMPLETED", "PROCESSING->FAILED");

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final MutableClock clock = MutableClock.start();
  private final OperationService service = new OperationService(new InMemoryOperationStore(), clock, TIMEOUT);

  static Stream<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (OperationStatus from : OperationStatus.values()) {
      for (OperationStatus to : OperationStatus.values()) {
        out.add(Arguments.of(from, to));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void allowedMovesSucceedAndEveryOtherIsRefused(OperationStatus from, OperationStatus to) {
    boolean allowed = ALLOWED.contains(from + "->" + to);
    Operation op = in(from);
    if (to == OperationStatus.EXPIRED) {
      clock.advance(TIMEOUT);
    }

    TransitionResult r = join(service.transition(op.id(), from, Transition.to(to).by(AGENT)));

    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    assertThat(from.next().contains(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(r).isInstanceOf(Moved.class);
      assertThat(((Moved) r).operation().status()).isEqualTo(to);
      assertThat(((Moved) r).operation().version()).isEqualTo(op.version() + 1);
    } else {
      assertThat(r).isEqualTo(new Illegal(from, to));
      assertThat(join(service.find(op.id()))).contains(op);
      assertThatThrownBy(() -> op.apply(Transition.to(to), clock.instant()))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.to()).isEqualTo(to);
          });
    }
  }

  /** A fresh operation brought to {@code status} the way the engine would. */
  private Operation in(OperationStatus status) {
    return switch (status) {
      case PENDING_AGENT -> join(service.create(Ops.aliceCashIn()));
      case PENDING_CUSTOMER -> join(service.create(Ops.agentCashOut(Ops.ALICE)));
      case PROCESSING, REJECTED, CANCELLED -> moved(in(OperationStatus.PENDING_AGENT), Transition.to(status).by(AGENT));
      case COMPLETED -> moved(in(OperationStatus.PROCESSING), Transition.to(status));
      case FAILED -> moved(in(OperationStatus.PROCESSING), Transition.to(status).failedWith("insufficientFunds"));
      case EXPIRED -> {
        Operation pending = in(OperationStatus.PENDING_AGENT);
        clock.advance(TIMEOUT);
        assertThat(join(service.expireOverdue())).hasSize(1);
        yield join(service.find(pending.id())).orElseThrow();
      }
    };
  }

  private Operation moved(Operation op, Transition change) {
    TransitionResult r = join(service.transition(op.id(), op.status(), change));
    assertThat(r).isInstanceOf(Moved.class);
    return ((Moved) r).operation();
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void finalStatusesGoNowhereAndPendingOnesArePending(OperationStatus s) {
    assertThat(s.isFinal()).isEqualTo(s.next().isEmpty());
    assertThat(s.isFinal()).isEqualTo(Set.of(OperationStatus.COMPLETED, OperationStatus.REJECTED,
        OperationStatus.CANCELLED, OperationStatus.EXPIRED, OperationStatus.FAILED).contains(s));
    assertThat(s.isPending()).isEqualTo(OperationStatus.pending().contains(s));
    assertThat(OperationStatus.fromWire(s.wire())).contains(s);
  }

  static Stream<OperationStatus> statuses() {
    return Stream.of(OperationStatus.values());
  }
}
