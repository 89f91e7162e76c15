package io.starhash.server.cli;

import io.starhash.server.config.ConfigLoader;
import io.starhash.server.config.StarhashConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that {@code server} and {@code demo} share. */
final class ServerOptions {

  @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: server.port, 8080)")
  Integer port;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set a configuration key (repeatable)")
  Map<String, String> sets = new LinkedHashMap<>();

  /** The configuration: defaults < --config file < STARHASH_* environment < --set < --port. */
  StarhashConfig load() {
    Map<String, String> all = new LinkedHashMap<>(sets);
    if (port != null) {
      all.put("server.port", String.valueOf(port));
    }
    return ConfigLoader.load(Optional.ofNullable(config), System.getenv(), all);
  }
}
