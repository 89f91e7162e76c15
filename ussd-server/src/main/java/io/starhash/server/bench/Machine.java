package io.starhash.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The machine a benchmark ran on, as this JVM sees it.
 *
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or {@code unknown}
 */
record Machine(int cores, String cpu, String java, String os, long maxHeapMb) {

  Machine {
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(os, "os");
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be at least 1");
    }
  }

  static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return "unknown";
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines.filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** {@code 2 cores (Intel Xeon ...), Java 17.0.15 (OpenJDK 64-Bit Server VM), Linux amd64, max heap 6144 MB}. */
  String describe() {
    return cores + " cores (" + cpu + "), Java " + java + ", " + os + ", max heap " + maxHeapMb + " MB";
  }
}
