package io.starhash.flows.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The text of one flow file and where it came from. */
public record FlowSource(String name, String text) {

  /** The flows shipped inside starhash. */
  static final List<String> BUILT_IN = List.of("main.yaml");

  /** The built-in flows, read from the classpath. */
  public static List<FlowSource> builtIns() {
    return BUILT_IN.stream().map(FlowSource::builtIn).toList();
  }

  private static FlowSource builtIn(String file) {
    String path = "/io/starhash/flows/builtin/" + file;
    try (InputStream in = FlowSource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in flow missing from the jar: " + path);
      }
      return new FlowSource("builtin:" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code .yaml} and {@code .yml} files of {@code dir}, sorted by name. */
  public static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    }
  }

  /** Reads one file; a file too large or not UTF-8 is read as an invalid flow. */
  public static FlowSource read(Path file) throws IOException {
    if (Files.size(file) > io.starhash.flows.parse.FlowParser.MAX_BYTES) {
      return new FlowSource(file.toString(), "#".repeat(io.starhash.flows.parse.FlowParser.MAX_BYTES + 1));
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return new FlowSource(file.toString(), text);
    } catch (java.nio.charset.CharacterCodingException e) {
      return new FlowSource(file.toString(), "\t# not UTF-8");
    }
  }
}
