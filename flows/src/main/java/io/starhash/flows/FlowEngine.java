package io.starhash.flows;

import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.session.SessionStore;
import io.starhash.core.sms.SmsSender;
import io.starhash.core.ussd.UssdEngine;
import io.starhash.flows.hop.HopProcessor;
import io.starhash.flows.registry.FlowDirectoryWatcher;
import io.starhash.flows.registry.FlowRegistry;
import io.starhash.flows.registry.FlowSource;
import io.starhash.flows.runtime.FlowRuntime;
import io.starhash.flows.runtime.RuntimeSettings;
import io.starhash.flows.ssm.SsmFlowMachine;
import io.starhash.flows.validate.FlowValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The USSD engine assembled: the flow registry (built-in flows plus an optional directory that
 * is watched for changes), the runtime and the hop processor, with the threads they run on.
 * What the server and the tests start; closing it stops the threads.
 */
public final class FlowEngine implements AutoCloseable {

  /** Machines kept idle per flow version: hops rarely ask a machine (answers are remembered). */
  static final int MACHINE_POOL = 4;

  private final FlowRegistry registry;
  private final HopProcessor processor;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService worker;
  private final FlowDirectoryWatcher watcher;

  /** What the engine is built from. */
  public record Parts(SessionStore store, EffectPort effects, SmsSender sms, PhoneNumbers phones, Clock clock,
      MeterRegistry meters) {}

  /**
   * @param flowsDir a directory of flow files, or empty for the built-in flows only
   * @param workerThreads threads that run flow steps (0: two per core)
   */
  public FlowEngine(Parts parts, RuntimeSettings settings, Optional<Path> flowsDir, Duration reloadInterval,
      int workerThreads) {
    int threads = workerThreads > 0 ? workerThreads : 2 * Runtime.getRuntime().availableProcessors();
    this.scheduler = Executors.newScheduledThreadPool(1, named("starhash-timer"));
    this.worker = Executors.newFixedThreadPool(threads, named("starhash-step"));
    this.registry = new FlowRegistry(new FlowValidator(parts.effects().catalog(), settings.limits()),
        SsmFlowMachine.factory(MACHINE_POOL));
    for (FlowSource src : FlowSource.builtIns()) {
      FlowRegistry.LoadResult r = registry.load(src.name(), src.text());
      if (!r.published()) {
        throw new IllegalStateException("built-in flow " + src.name() + " is invalid: " + r.problems());
      }
    }
    this.watcher = flowsDir.map(dir -> new FlowDirectoryWatcher(dir, registry)).orElse(null);
    if (watcher != null) {
      watcher.start(scheduler, reloadInterval);
    }
    FlowRuntime runtime = new FlowRuntime(parts.effects(), parts.sms(), parts.phones(), parts.clock(), scheduler,
        settings);
    this.processor = new HopProcessor(parts.store(), registry, runtime, parts.clock(), worker, parts.meters());
  }

  public UssdEngine engine() {
    return processor;
  }

  public FlowRegistry registry() {
    return registry;
  }

  /** Rescans the flows directory now (tests; the watcher also does it on its own). */
  public List<FlowRegistry.LoadResult> rescan() {
    return watcher == null ? List.of() : watcher.scan();
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    scheduler.shutdownNow();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
