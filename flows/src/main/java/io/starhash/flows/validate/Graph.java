package io.starhash.flows.validate;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Transition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state graph of a flow: finds unreachable states and states with no way to an end. */
final class Graph {

  private final FlowDefinition flow;
  private final Map<String, Set<String>> forward = new HashMap<>();
  private final Map<String, Set<String>> backward = new HashMap<>();

  Graph(FlowDefinition flow, List<Transition> edges) {
    this.flow = flow;
    for (Transition t : edges) {
      forward.computeIfAbsent(t.source(), k -> new HashSet<>()).add(t.target());
      backward.computeIfAbsent(t.target(), k -> new HashSet<>()).add(t.source());
    }
  }

  void check(FlowValidator.Report r) {
    Set<String> reachable = walk(Set.of(flow.start()), forward);
    Set<String> ends = new HashSet<>();
    ends.add(Transition.TOO_MANY);
    flow.states().values().stream().filter(s -> s instanceof StateDef.End).forEach(s -> ends.add(s.id()));
    Set<String> canEnd = walk(ends, backward);
    for (StateDef s : flow.states().values()) {
      if (!reachable.contains(s.id())) {
        r.add(s.line(), s.id(), "unreachable state: no path leads here from '" + flow.start() + "'");
      } else if (!canEnd.contains(s.id())) {
        r.add(s.line(), s.id(), "dead end: no path leads from here to an end state");
      }
    }
  }

  private static Set<String> walk(Set<String> from, Map<String, Set<String>> edges) {
    Set<String> seen = new HashSet<>(from);
    Deque<String> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }
}
