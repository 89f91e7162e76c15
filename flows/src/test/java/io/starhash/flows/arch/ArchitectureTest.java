package io.starhash.flows.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md section 1 that the compiler cannot check: Spring Statemachine (end of
 * life) only in {@code flows.ssm}; engine-core free of Netty, Spring and SMPP in its own code.
 */
class ArchitectureTest {

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static boolean imports(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import " + prefix)
          || l.startsWith("import static " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void onlyTheSsmPackageImportsSpring() throws IOException {
    Path src = Path.of("src/main/java");
    List<Path> offenders = javaFiles(src).stream()
        .filter(f -> !f.toString().contains("/flows/ssm/"))
        .filter(f -> imports(f, "org.springframework"))
        .toList();
    assertThat(offenders).isEmpty();
    assertThat(javaFiles(src)).anyMatch(f -> f.toString().contains("/flows/ssm/") && imports(f, "org.springframework"));
  }

  @Test
  void engineCoreKnowsNoNettySpringOrSmpp() throws IOException {
    Path src = Path.of("../engine-core/src/main/java");
    assertThat(javaFiles(src)).isNotEmpty().noneMatch(f -> imports(f, "io.netty") || imports(f, "org.springframework")
        || imports(f, "org.jsmpp") || imports(f, "com.twilio"));
  }
}
