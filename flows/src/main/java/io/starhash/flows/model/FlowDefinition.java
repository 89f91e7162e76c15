package io.starhash.flows.model;

import java.util.List;
import java.util.Map;

/**
 * A flow as written in its file, before validation.
 *
 * @param messages per language, message key to text template
 * @param messageLines line of each message key, for problem reports (key as {@code lang.key})
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
    Map<String, Integer> messageLines) {

  public FlowDefinition {
    serviceCodes = List.copyOf(serviceCodes);
    languages = List.copyOf(languages);
    states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
    messages = Map.copyOf(messages);
    messageLines = Map.copyOf(messageLines);
  }

  public String defaultLanguage() {
    return languages.isEmpty() ? "en" : languages.get(0);
  }
}
