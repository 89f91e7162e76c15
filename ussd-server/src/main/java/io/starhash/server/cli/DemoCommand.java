package io.starhash.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code starhash demo}: everything in one process with embedded defaults, and how to dial in. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run everything in one process with embedded defaults and print how to dial in.")
final class DemoCommand implements Callable<Integer> {

  @Mixin
  ServerOptions options = new ServerOptions();

  @Override
  public Integer call() {
    return ServerRunner.run(options, true, System.out, System.err);
  }
}
