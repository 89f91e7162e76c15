package io.starhash.server.cli;

import ch.qos.logback.classic.Level;
import io.starhash.core.money.MoneyEffects;
import io.starhash.flows.model.Problem;
import io.starhash.flows.registry.FlowRegistry;
import io.starhash.flows.registry.FlowSource;
import io.starhash.flows.ssm.SsmFlowMachine;
import io.starhash.flows.text.ScreenLimits;
import io.starhash.flows.validate.FlowValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code starhash flows ...}: work with flow files. */
@Command(name = "flows", mixinStandardHelpOptions = true, description = "Work with flow files.",
    subcommands = FlowsCommand.Validate.class)
final class FlowsCommand {

  /** {@code starhash flows validate DIR}: every problem of every flow file, exit 1 if any. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check every flow file (*.yaml, *.yml) of DIR; print each problem as file:line [state] message.")
  static final class Validate implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "directory of flow files")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
        root.setLevel(Level.ERROR);
      }
      java.io.PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(dir)) {
        spec.commandLine().getErr().println("starhash: not a directory: " + dir);
        return 2;
      }
      FlowRegistry registry = new FlowRegistry(new FlowValidator(MoneyEffects.CATALOG, ScreenLimits.DEFAULT),
          SsmFlowMachine.factory(1));
      for (FlowSource src : FlowSource.builtIns()) {
        registry.load(src.name(), src.text());
      }
      List<Path> files = FlowSource.filesIn(dir);
      List<Problem> problems = new ArrayList<>();
      for (Path file : files) {
        FlowSource src = FlowSource.read(file);
        problems.addAll(registry.load(src.name(), src.text()).problems());
      }
      problems.forEach(out::println);
      out.println(files.size() + " flow file(s), " + problems.size() + " problem(s)");
      out.flush();
      return problems.isEmpty() ? 0 : 1;
    }
  }
}
