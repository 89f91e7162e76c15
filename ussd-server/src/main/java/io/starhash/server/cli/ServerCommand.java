package io.starhash.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code starhash server}: the production process, configured by file, environment and --set. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Run the USSD server (in-memory stores unless redis.url is set).")
final class ServerCommand implements Callable<Integer> {

  @Mixin
  ServerOptions options = new ServerOptions();

  @Option(names = "--ceiling", description = "benchmark ceiling: answer every hop with a fixed screen after one"
      + " Redis GET and one SET of 300 bytes (needs redis.url); no flows, no money, no partner API")
  boolean ceiling;

  @Override
  public Integer call() {
    return ceiling ? ServerRunner.runCeiling(options, System.out, System.err)
        : ServerRunner.run(options, false, System.out, System.err);
  }
}
