package io.starhash.flows.text;

import java.util.Map;

/**
 * Texts the runtime itself shows (errors, navigation, the hop-budget screen), in English and
 * French, from {@code system-<language>.properties} beside this class. A flow overrides any of
 * them by defining the same key in its message table.
 */
public final class SystemMessages {

  public static final String INVALID_CHOICE = "sys.invalid-choice";
  public static final String TOO_MANY = "sys.too-many";
  public static final String PROCESSING = "sys.processing";
  public static final String ENDED = "sys.ended";
  public static final String BUSY = "sys.busy";
  public static final String UNKNOWN_CODE = "sys.unknown-code";
  public static final String BAD_INPUT = "sys.bad-input";
  public static final String MORE = "sys.more";
  public static final String BACK = "sys.back";

  private static final Map<String, Map<String, String>> TEXTS = Map.of("en", load("en"), "fr", load("fr"));

  private SystemMessages() {}

  private static Map<String, String> load(String language) {
    String name = "system-" + language + ".properties";
    try (java.io.InputStream in = SystemMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing system texts " + name);
      }
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      Map<String, String> texts = new java.util.HashMap<>();
      p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
      return Map.copyOf(texts);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The system text for {@code key} in {@code language}, falling back to English; null if none. */
  public static String text(String language, String key) {
    Map<String, String> table = TEXTS.getOrDefault(language, TEXTS.get("en"));
    String s = table.get(key);
    return s != null ? s : TEXTS.get("en").get(key);
  }

  public static boolean isSystemKey(String key) {
    return TEXTS.get("en").containsKey(key);
  }
}
