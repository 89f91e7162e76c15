package io.starhash.flows.runtime;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Transition;
import io.starhash.flows.text.SystemMessages;
import io.starhash.flows.text.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid flow version ready to run: its states, its state machine, and its message templates
 * parsed once per language. Immutable, thread-safe.
 */
public final class CompiledFlow {

  private final FlowDefinition definition;
  private final FlowMachine machine;
  private final Map<String, Map<String, Template>> templates = new HashMap<>();
  private final Map<String, Map<String, Template>> args = new HashMap<>();

  /**
   * Compiles a flow that the validator has accepted.
   *
   * @throws IllegalArgumentException if a template does not parse (the validator prevents it)
   */
  public CompiledFlow(FlowDefinition definition, FlowMachine.Factory machines) {
    this.definition = definition;
    List<Transition> transitions = Transition.of(definition);
    this.machine = machines.create(definition, transitions);
    definition.messages().forEach((lang, table) -> {
      Map<String, Template> t = new HashMap<>();
      table.forEach((k, v) -> t.put(k, Template.parse(v)));
      templates.put(lang, Map.copyOf(t));
    });
    for (StateDef s : definition.states().values()) {
      if (s instanceof StateDef.Action a) {
        Map<String, Template> t = new HashMap<>();
        a.args().forEach((k, v) -> t.put(k, Template.parse(v)));
        args.put(a.id(), Map.copyOf(t));
      }
    }
  }

  public String id() {
    return definition.id();
  }

  public int version() {
    return definition.version();
  }

  public FlowDefinition definition() {
    return definition;
  }

  public String start() {
    return definition.start();
  }

  public StateDef state(String id) {
    return definition.states().get(id);
  }

  public boolean speaks(String language) {
    return definition.languages().contains(language);
  }

  String fire(String state, String event) {
    return machine.fire(state, event);
  }

  /** The message {@code key} in {@code language}, falling back to the flow's first language and the system texts. */
  Template message(String language, String key) {
    Template t = templates.getOrDefault(language, Map.of()).get(key);
    if (t == null) {
      t = templates.getOrDefault(definition.defaultLanguage(), Map.of()).get(key);
    }
    if (t == null) {
      String sys = SystemMessages.text(language, key);
      t = Template.parse(sys == null ? key : sys);
    }
    return t;
  }

  Map<String, Template> args(String actionState) {
    return args.getOrDefault(actionState, Map.of());
  }
}
