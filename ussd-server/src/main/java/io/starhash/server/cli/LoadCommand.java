package io.starhash.server.cli;

import io.starhash.sim.load.DurationText;
import io.starhash.sim.load.LoadGenerator;
import io.starhash.sim.load.LoadReport;
import io.starhash.sim.load.LoadSpec;
import io.starhash.sim.load.Scenarios;
import io.starhash.sim.transcript.Transcript;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code starhash load}: many virtual handsets at once against a server, with the figures. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Play many virtual handsets at once against a starhash server over the Africa's Talking "
        + "dialect and report hops/s, sessions/s, errors by kind and hop latency (warm-up excluded).",
        "Without --scenario it plays the built-in cash-in-4-hops scenario on the two demo customers."})
final class LoadCommand implements Callable<Integer> {

  @Option(names = "--url", required = true, description = "the server's Africa's Talking endpoint, "
      + "e.g. http://127.0.0.1:8080/ussd/africastalking")
  URI url;

  @Option(names = "--scenario", paramLabel = "FILE", description = "a transcript to play per session "
      + "(${msisdn} and ${session} are filled per session); default: the built-in cash-in-4-hops")
  Path scenario;

  @Option(names = "--concurrency", paramLabel = "C", defaultValue = "16",
      description = "virtual handsets, one keep-alive connection each (default: ${DEFAULT-VALUE})")
  int concurrency;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "30s",
      description = "how long the run lasts, warm-up included: 500ms, 30s, 2m (default: ${DEFAULT-VALUE})")
  String duration;

  @Option(names = "--warmup", paramLabel = "D",
      description = "played but not measured (default: 10% of the duration, at least 1s, at most half)")
  String warmup;

  @Option(names = "--rate", paramLabel = "R", description = "sessions started per second across all "
      + "handsets (open model; latency counts from when each session was due); default: back to back")
  Double rate;

  @Option(names = "--numbers", paramLabel = "N", description = "phone numbers to use, counting up from "
      + "--first-number (default: 100000; 2 for the built-in scenario)")
  Integer numbers;

  @Option(names = "--first-number", paramLabel = "MSISDN", description = "the first phone number "
      + "(default: +255710000000; +255712000001 for the built-in scenario)")
  String firstNumber;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "10s",
      description = "how long a hop waits for its reply (default: ${DEFAULT-VALUE})")
  String timeout;

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "a ${NAME} value for the scenario (repeatable)")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(names = "--json", description = "print one JSON object instead of a table")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    LoadSpec load;
    try {
      load = loadSpec();
    } catch (IOException e) {
      err.println("starhash: cannot read the scenario: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) { // bad values, and a scenario's parse error (file:line)
      err.println("starhash: " + e.getMessage());
      return 2;
    }
    LoadReport report = LoadGenerator.run(load);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
    out.flush();
    return 0;
  }

  private LoadSpec loadSpec() throws IOException {
    boolean builtin = scenario == null;
    Transcript transcript = builtin ? Scenarios.builtin()
        : Scenarios.parse(scenario.toString(), Files.readString(scenario), vars.keySet());
    Duration total = DurationText.parse(duration);
    return new LoadSpec(url, transcript, concurrency, total,
        warmup == null ? LoadSpec.defaultWarmup(total) : DurationText.parse(warmup),
        rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate), vars,
        numbers != null ? numbers : builtin ? Scenarios.BUILTIN_NUMBERS : LoadSpec.DEFAULT_NUMBERS,
        firstNumber != null ? firstNumber
            : builtin ? Scenarios.BUILTIN_FIRST_NUMBER : LoadSpec.DEFAULT_FIRST_NUMBER,
        DurationText.parse(timeout));
  }
}
