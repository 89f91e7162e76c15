package io.starhash.core.effect;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The contract of one effect, which the flow validator checks flows against.
 *
 * @param args the argument names the effect reads
 * @param outcomes every outcome it can return; an action state needs a branch for each
 * @param outputs the variables it sets, with the longest value each can have (for the screen
 *     length check)
 */
public record EffectSpec(String name, Set<String> args, Set<String> outcomes, Map<String, Integer> outputs) {

  public EffectSpec {
    Objects.requireNonNull(name, "name");
    args = Set.copyOf(args);
    outcomes = Set.copyOf(outcomes);
    outputs = Map.copyOf(outputs);
    if (!outcomes.contains(EffectResult.ERROR)) {
      throw new IllegalArgumentException(name + ": every effect can fail with 'error'");
    }
  }
}
