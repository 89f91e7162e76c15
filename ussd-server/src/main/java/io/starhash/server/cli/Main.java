package io.starhash.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code starhash} command line: one entry point, one subcommand per job. */
@Command(name = "starhash", mixinStandardHelpOptions = true, version = "starhash 0.1.0",
    description = "USSD/SMS session engine for token-based mobile money.",
    subcommands = {DemoCommand.class, ServerCommand.class, HandsetCommand.class, LoadCommand.class,
        BenchCommand.class, FlowsCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (0 success, 1 failure, 2 bad usage). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, for callers that redirect its output. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
