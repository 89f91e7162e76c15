package io.starhash.flows.validate;

import io.starhash.core.effect.EffectCatalog;
import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.StateDef;
import io.starhash.flows.model.Validation;
import io.starhash.flows.text.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables a flow can show, with the longest value each can hold, and which of them are
 * PINs (never shown). Built once per validation.
 */
final class Variables {

  /** Variables every session has. */
  static final Map<String, Integer> BUILT_IN = Map.of("msisdn", 16, "language", 2, "currency", 3);

  private final Map<String, Integer> maxLength;
  private final Set<String> pins;

  private Variables(Map<String, Integer> maxLength, Set<String> pins) {
    this.maxLength = maxLength;
    this.pins = pins;
  }

  static Variables of(FlowDefinition flow, EffectCatalog effects) {
    Map<String, Integer> max = new HashMap<>(BUILT_IN);
    Set<String> pins = new HashSet<>();
    for (StateDef s : flow.states().values()) {
      if (s instanceof StateDef.Input i && i.var() != null) {
        if (i.validation().kind() == Validation.Kind.PIN) {
          pins.add(i.var());
        }
        max.merge(i.var(), longest(i.validation()), Math::max);
      } else if (s instanceof StateDef.Menu m) {
        m.options().forEach(o -> o.set().forEach((k, v) -> max.merge(k, v == null ? 0 : v.length(), Math::max)));
      } else if (s instanceof StateDef.Action a && a.effect() != null) {
        effects.find(a.effect()).ifPresent(spec -> spec.outputs().forEach((k, n) -> max.merge(k, n, Math::max)));
      }
    }
    return new Variables(Map.copyOf(max), Set.copyOf(pins));
  }

  private static int longest(Validation v) {
    return switch (v.kind()) {
      case AMOUNT -> 16;
      case MSISDN, RECIPIENT -> 16;
      case TOKEN -> 11;
      case PIN -> 8;
      case DIGITS -> v.max() == null ? 20 : (int) Math.min(v.max(), 182);
      case TEXT -> v.max() == null ? 40 : (int) Math.min(v.max(), 182);
    };
  }

  boolean known(String name) {
    return maxLength.containsKey(name);
  }

  int maxLength(String name) {
    return maxLength.getOrDefault(name, 0);
  }

  /**
   * Checks that {@code source} parses and names only known variables; a PIN may appear only
   * where {@code pinAllowed} (effect arguments), never on a screen.
   */
  Template checkTemplate(String source, int line, String state, FlowValidator.Report r, boolean screen) {
    Template t;
    try {
      t = Template.parse(source);
    } catch (IllegalArgumentException e) {
      r.add(line, state, "bad template \"" + source + "\": " + e.getMessage());
      return null;
    }
    for (String v : t.variables()) {
      if (!known(v)) {
        r.add(line, state, "unknown variable '{" + v + "}' in \"" + source + "\"");
      } else if (screen && pins.contains(v)) {
        r.add(line, state, "a screen must never show a PIN: '{" + v + "}'");
      }
    }
    return t;
  }
}
