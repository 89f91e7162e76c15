package io.starhash.localredis;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds an executable {@code redis-server} on a search path. */
final class RedisBinary {

  static final String NAME = "redis-server";

  private RedisBinary() {}

  /** The first executable {@code redis-server} in the directories of {@code path}, if any. */
  static Optional<Path> onPath(String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, NAME))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
