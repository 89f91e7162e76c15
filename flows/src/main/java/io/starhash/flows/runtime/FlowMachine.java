package io.starhash.flows.runtime;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.Transition;
import java.util.List;

/**
 * The transition table of one flow version: in a state, an event leads to the next state.
 * Implemented over Spring Statemachine in {@code flows.ssm}; nothing else knows that.
 *
 * <p>Thread-safe: many hops fire events at once.
 */
public interface FlowMachine {

  /** The state {@code event} leads to from {@code state}, or null when the flow has no such edge. */
  String fire(String state, String event);

  /** Builds the machine of one flow version; called once per version. */
  interface Factory {
    FlowMachine create(FlowDefinition flow, List<Transition> transitions);
  }
}
