package io.starhash.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a YAML config file into dotted keys: {@code ussd: {session-ttl: 180s}} gives
 * {@code ussd.session-ttl = "180s"}, each with its file and line.
 *
 * <p>Scalars keep the text written ({@code 500.00} stays {@code "500.00"}); a null is empty text.
 */
final class YamlConfigFile {

  private static final YAMLFactory YAML = new YAMLFactory();

  private final Path file;
  private final List<String> problems;
  private final List<RawValue> values = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  private YamlConfigFile(Path file, List<String> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The values in {@code file}; adds what is wrong with the file itself to {@code problems}. */
  static List<RawValue> read(Path file, List<String> problems) {
    return new YamlConfigFile(file, problems).read();
  }

  private List<RawValue> read() {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = YAML.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return List.of();
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add(file + ": must hold keys and values, e.g. 'ussd: {session-ttl: 180s}'");
        return List.of();
      }
      readMapping(parser, "");
      if (parser.nextToken() != null) {
        problems.add(file + ": must hold one YAML document, not several");
      }
      return values;
    } catch (JsonProcessingException e) {
      problems.add(file + ":" + e.getLocation().getLineNr() + ": YAML syntax error: "
          + firstParagraph(e.getOriginalMessage()));
    } catch (NoSuchFileException e) {
      problems.add(file + ": no such file");
    } catch (IOException e) {
      problems.add(file + ": cannot be read (" + e.getMessage() + ")");
    }
    return List.of();
  }

  /**
   * SnakeYAML's message without its source snippets: "while parsing a flow sequence; expected
   * ',' or ']', but got :".
   */
  private static String firstParagraph(String message) {
    return message.lines()
        .takeWhile(line -> !line.isBlank())
        .filter(line -> !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining("; "));
  }

  private void readMapping(JsonParser parser, String prefix) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + parser.currentName();
      String origin = file + ":" + parser.currentTokenLocation().getLineNr();
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        readMapping(parser, key + ".");
      } else if (token == JsonToken.START_ARRAY) {
        parser.skipChildren();
        problems.add(key + ": must be one value, not a list [" + origin + "]");
      } else if (!seen.add(key)) {
        problems.add(key + ": is set twice in the file [" + origin + "]");
      } else {
        String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
        values.add(new RawValue(key, text, origin));
      }
    }
  }
}
