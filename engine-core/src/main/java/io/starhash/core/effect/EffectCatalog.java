package io.starhash.core.effect;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The effects a flow may name, by name. Immutable, thread-safe. */
public final class EffectCatalog {

  private final Map<String, EffectSpec> specs;

  public EffectCatalog(Collection<EffectSpec> specs) {
    Map<String, EffectSpec> m = new LinkedHashMap<>();
    for (EffectSpec s : specs) {
      if (m.put(s.name(), s) != null) {
        throw new IllegalArgumentException("effect named twice: " + s.name());
      }
    }
    this.specs = Map.copyOf(m);
  }

  public Optional<EffectSpec> find(String name) {
    return Optional.ofNullable(specs.get(name));
  }

  public Collection<EffectSpec> all() {
    return specs.values();
  }
}
