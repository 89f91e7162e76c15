package io.starhash.flows.model;

import java.util.List;
import java.util.Map;

/**
 * A flow as written in its file, before validation.
 *
 * @param messages per language, message key to text template
 * @param lines where things are written, for problem reports: a message as {@code lang.key},
 *     a top-level key as {@code @key}
 */
public record FlowDefinition(
    String file,
    String id,
    int version,
    List<String> serviceCodes,
    List<String> languages,
    String start,
    Map<String, StateDef> states,
    Map<String, Map<String, String>> messages,
    Map<String, Integer> lines) {

  public FlowDefinition {
    serviceCodes = List.copyOf(serviceCodes);
    languages = List.copyOf(languages);
    states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
    messages = Map.copyOf(messages);
    lines = Map.copyOf(lines);
  }

  /** The line of a top-level key such as {@code service-codes}, or 1. */
  public int lineOf(String topKey) {
    return lines.getOrDefault("@" + topKey, 1);
  }

  public String defaultLanguage() {
    return languages.isEmpty() ? "en" : languages.get(0);
  }
}
