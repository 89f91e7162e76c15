package io.starhash.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.session.InMemorySessionStore;
import io.starhash.core.session.Session;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.hop.HopProcessor;
import io.starhash.flows.runtime.Turn;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of the built-in flow on a menu input: the main menu, {@code 3} (Cash in), which
 * answers the amount prompt. {@link #runtimeStep} is the runtime alone (state machine, input
 * check, templates); {@link #hop} is the whole hop as the server runs it minus HTTP: load from
 * the in-memory store, resend check, the step, compare-and-set (then one more in-memory
 * compare-and-set puts the session back at the menu for the next invocation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FlowStepBenchmark {

  private BuiltInFlow flow;
  private Session atMenu;
  private InMemorySessionStore store;
  private HopProcessor processor;
  private Hop menuInput;

  @Setup
  public void setUp() {
    flow = new BuiltInFlow();
    String id = "jmh-step-" + Thread.currentThread().getId();
    atMenu = flow.sessionAfter(id);
    store = new InMemorySessionStore(flow.clock, Duration.ofHours(1));
    store.compareAndSet(atMenu, 0).toCompletableFuture().join();
    processor = new HopProcessor(store, flow.registry, flow.runtime, flow.clock, Runnable::run,
        new SimpleMeterRegistry());
    menuInput = new Hop(new SessionId(id), new Msisdn(BuiltInFlow.MSISDN), "*165#", "3", Hop.InputMode.CUMULATIVE, 0,
        "", "jmh");
    HopResult first = hop();
    if (first.outcome() != HopResult.Outcome.CONTINUE || !first.screen().text().contains("amount")) {
      throw new IllegalStateException("the menu input did not reach the amount prompt: " + first);
    }
  }

  @Benchmark
  public Turn runtimeStep() {
    return flow.runtime.advance(flow.flow, atMenu, "3").toCompletableFuture().join();
  }

  @Benchmark
  public HopResult hop() {
    HopResult r = processor.handle(menuInput).toCompletableFuture().join();
    if (!store.compareAndSet(atMenu, atMenu.hop() + 1).toCompletableFuture().join()) {
      throw new IllegalStateException("the session was not where the benchmark left it");
    }
    return r;
  }

  @TearDown
  public void tearDown() {
    store.close();
    flow.close();
  }
}
