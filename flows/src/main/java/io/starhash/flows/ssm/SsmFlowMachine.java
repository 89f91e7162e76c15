package io.starhash.flows.ssm;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.Transition;
import io.starhash.flows.runtime.FlowMachine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * A flow version compiled into a Spring Statemachine model. Machines are pooled: a hop borrows
 * one, rehydrates it to the session's state, sends one event, reads the new state and gives
 * it back. A machine is never used by two hops at once.
 *
 * <p>Flow transitions carry no guards and no actions, so a machine's answer depends only on
 * (state, event): it is asked once per pair and flow version (for every edge of the flow when
 * the version is published), and the answer is remembered.
 * A step then costs a map look-up instead of a reset, a start, an event and a stop of a
 * machine (profiled: that cycle, most of it Spring's own {@code toString} of an ~80-state
 * machine, was the largest cost of a hop). The compiled machine stays the only authority on
 * transitions; the memo only saves asking it again.
 *
 * <p>Spring Statemachine 4.0.2 is end-of-life; this package is the only place that knows it.
 */
public final class SsmFlowMachine implements FlowMachine {

  private final StateMachineFactory<String, String> factory;
  private final BlockingQueue<StateMachine<String, String>> pool;
  private final Map<String, Optional<String>> answers = new ConcurrentHashMap<>();

  private SsmFlowMachine(StateMachineFactory<String, String> factory, int poolSize) {
    this.factory = factory;
    this.pool = new ArrayBlockingQueue<>(poolSize);
  }

  /**
   * Builds machines with pools of {@code poolSize} idle machines per flow version, and asks
   * each machine for every edge of its flow once, at publish time, so that hops never wait on
   * a machine.
   */
  public static FlowMachine.Factory factory(int poolSize) {
    return (flow, transitions) -> {
      SsmFlowMachine m = new SsmFlowMachine(compile(flow, transitions), poolSize);
      transitions.forEach(t -> m.fire(t.source(), t.event()));
      return m;
    };
  }

  private static StateMachineFactory<String, String> compile(FlowDefinition flow, List<Transition> transitions) {
    try {
      StateMachineBuilder.Builder<String, String> b = StateMachineBuilder.builder();
      b.configureConfiguration().withConfiguration().autoStartup(false).machineId(flow.id() + "@" + flow.version());
      Set<String> states = new LinkedHashSet<>(flow.states().keySet());
      states.add(Transition.TOO_MANY);
      b.configureStates().withStates().initial(flow.start()).states(states);
      var t = b.configureTransitions();
      for (Transition tr : transitions) {
        t = t.withExternal().source(tr.source()).target(tr.target()).event(tr.event()).and();
      }
      return b.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("cannot compile flow " + flow.id() + " v" + flow.version(), e);
    }
  }

  @Override
  public String fire(String state, String event) {
    return answers.computeIfAbsent(state + '\u0000' + event, k -> Optional.ofNullable(ask(state, event)))
        .orElse(null);
  }

  /** Rehydrates a pooled machine to {@code state} and sends it {@code event}. */
  private String ask(String state, String event) {
    StateMachine<String, String> m = pool.poll();
    if (m == null) {
      m = factory.getStateMachine();
    }
    boolean reusable = false;
    try {
      rehydrate(m, state);
      StateMachineEventResult<String, String> result =
          m.sendEvent(Mono.just(MessageBuilder.withPayload(event).build())).blockLast();
      String next = result != null && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED
          ? m.getState().getId() : null;
      m.stopReactively().block();
      reusable = true;
      return next;
    } finally {
      if (reusable) {
        pool.offer(m);
      }
    }
  }

  private static void rehydrate(StateMachine<String, String> m, String state) {
    m.getStateMachineAccessor().doWithAllRegions(a ->
        a.resetStateMachineReactively(new DefaultStateMachineContext<>(state, null, null, null)).block());
    m.startReactively().block();
  }
}
