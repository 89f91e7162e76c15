package io.starhash.core.effect;

import java.util.Map;
import java.util.Objects;

/**
 * What an effect came back with: an outcome name (one of its {@link EffectSpec#outcomes()})
 * that the flow branches on, and variables for the screens that follow.
 */
public record EffectResult(String outcome, Map<String, String> vars) {

  public static final String OK = "ok";
  public static final String ERROR = "error";

  public EffectResult {
    Objects.requireNonNull(outcome, "outcome");
    vars = Map.copyOf(vars);
  }

  public static EffectResult ok(Map<String, String> vars) {
    return new EffectResult(OK, vars);
  }

  public static EffectResult of(String outcome) {
    return new EffectResult(outcome, Map.of());
  }
}
