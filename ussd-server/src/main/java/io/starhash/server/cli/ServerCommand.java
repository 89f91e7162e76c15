package io.starhash.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code starhash server}: the production process, configured by file, environment and --set. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Run the USSD server (in-memory stores unless redis.url is set).")
final class ServerCommand implements Callable<Integer> {

  @Mixin
  ServerOptions options = new ServerOptions();

  @Override
  public Integer call() {
    return ServerRunner.run(options, false, System.out, System.err);
  }
}
