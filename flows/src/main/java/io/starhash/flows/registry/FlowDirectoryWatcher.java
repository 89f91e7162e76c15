package io.starhash.flows.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the flow files of a directory into a {@link FlowRegistry}, and again whenever a file
 * changes (checked every {@code interval}): operators edit flows without a restart. A file
 * with problems is refused and logged; the last valid version keeps running.
 *
 * <p>Thread-safe; {@link #scan()} runs on the given scheduler.
 */
public final class FlowDirectoryWatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FlowDirectoryWatcher.class);

  private final Path dir;
  private final FlowRegistry registry;
  private final Map<Path, String> seen = new HashMap<>();
  private ScheduledFuture<?> task;

  public FlowDirectoryWatcher(Path dir, FlowRegistry registry) {
    this.dir = dir;
    this.registry = registry;
  }

  /** Loads every file now, then rescans every {@code interval} on {@code scheduler}. */
  public synchronized List<FlowRegistry.LoadResult> start(ScheduledExecutorService scheduler, Duration interval) {
    List<FlowRegistry.LoadResult> first = scan();
    task = scheduler.scheduleWithFixedDelay(this::scanQuietly, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
    return first;
  }

  /** Loads the files that are new or changed since the last scan. */
  public synchronized List<FlowRegistry.LoadResult> scan() {
    List<Path> files;
    try {
      files = FlowSource.filesIn(dir);
    } catch (IOException e) {
      log.warn("cannot list flow directory {}: {}", dir, e.toString());
      return List.of();
    }
    java.util.ArrayList<FlowRegistry.LoadResult> results = new java.util.ArrayList<>();
    for (Path file : files) {
      try {
        String stamp = Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        if (stamp.equals(seen.get(file))) {
          continue;
        }
        seen.put(file, stamp);
        FlowSource src = FlowSource.read(file);
        results.add(registry.load(src.name(), src.text()));
      } catch (IOException e) {
        log.warn("cannot read flow file {}: {}", file, e.toString());
      }
    }
    return results;
  }

  private void scanQuietly() {
    try {
      scan();
    } catch (RuntimeException e) {
      log.error("flow directory scan failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
