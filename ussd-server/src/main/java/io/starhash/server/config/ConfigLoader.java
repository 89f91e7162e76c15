package io.starhash.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the configuration from, lowest to highest precedence: built-in defaults, a YAML file,
 * {@code STARHASH_*} environment variables, and {@code --set key=value} pairs.
 *
 * <p>Unknown keys in the file or in the pairs are errors; unknown {@code STARHASH_*} variables
 * are ignored silently (the environment is shared). Logs nothing.
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /**
   * The validated configuration.
   *
   * @param file the YAML file given by {@code --config}, if any
   * @param env the environment, e.g. {@link System#getenv()}
   * @param sets the {@code --set} pairs, key to value
   * @throws ConfigException listing every problem found, each naming its key
   */
  public static StarhashConfig load(
      Optional<Path> file, Map<String, String> env, Map<String, String> sets) {
    List<String> problems = new ArrayList<>();
    Map<String, RawValue> given = new LinkedHashMap<>();
    file.ifPresent(f -> YamlConfigFile.read(f, problems)
        .forEach(value -> putKnown(value, given, problems)));
    for (ConfigKey<?> key : ConfigKeys.all()) {
      String text = env.get(key.envName());
      if (text != null) {
        given.put(key.name(), new RawValue(key.name(), text, "env " + key.envName()));
      }
    }
    sets.forEach((key, text) -> putKnown(new RawValue(key.strip(), text, "--set"), given, problems));
    ParsedValues values = ParsedValues.parse(given, problems);
    ConfigException.throwIfAny(problems);
    return ConfigAssembler.assemble(values);
  }

  private static void putKnown(RawValue value, Map<String, RawValue> given, List<String> problems) {
    String key = value.key();
    if (ConfigKeys.find(key).isPresent()) {
      given.put(key, value);
    } else if (!(value.text().isEmpty() && ConfigKeys.isSection(key))) {
      problems.add(value.locate(key + ": unknown key" + suggestion(key)));
    }
  }

  private static String suggestion(String key) {
    List<String> names = ConfigKeys.all().stream().map(ConfigKey::name).toList();
    return KeySuggester.nearest(key, names).map(k -> " (did you mean " + k + "?)").orElse("");
  }
}
