package io.starhash.benchmarks;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectCatalog;
import io.starhash.core.effect.EffectPort;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.money.MoneyEffects;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.session.Session;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.registry.FlowRegistry;
import io.starhash.flows.registry.FlowSource;
import io.starhash.flows.runtime.CompiledFlow;
import io.starhash.flows.runtime.FlowRuntime;
import io.starhash.flows.runtime.RuntimeSettings;
import io.starhash.flows.ssm.SsmFlowMachine;
import io.starhash.flows.text.ScreenLimits;
import io.starhash.flows.validate.FlowValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The built-in {@code *165#} flow compiled as the server compiles it, with a runtime whose
 * effects answer at once (a registered subscriber, a zero-fee quote): what the flow-step
 * benchmarks drive, so that they measure the flow machinery and not the money engine.
 *
 * <p>Close it to stop the runtime's timer.
 */
final class BuiltInFlow implements AutoCloseable {

  static final String MSISDN = "+255712000001";

  final FlowRegistry registry = new FlowRegistry(new FlowValidator(MoneyEffects.CATALOG, ScreenLimits.DEFAULT),
      SsmFlowMachine.factory(64));
  final CompiledFlow flow;
  final FlowRuntime runtime;
  final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-timer");
    t.setDaemon(true);
    return t;
  });

  BuiltInFlow() {
    for (FlowSource src : FlowSource.builtIns()) {
      registry.load(src.name(), src.text());
    }
    this.flow = registry.forServiceCode("*165#").orElseThrow();
    this.runtime = new FlowRuntime(new InstantEffects(), new SmsOutbox(clock), new PhoneNumbers("TZ"), clock, timer,
        new RuntimeSettings(Duration.ofSeconds(5), ScreenLimits.DEFAULT, "TZS", 4));
  }

  /**
   * A session of {@code id} after the dial and then {@code inputs}, as the hop processor would
   * have saved it (hop counter and cumulative text set).
   */
  Session sessionAfter(String id, String... inputs) {
    long now = clock.millis();
    Session fresh = new Session(new SessionId(id), MSISDN, flow.id(), flow.version(), flow.start(), Map.of(), 0,
        flow.definition().defaultLanguage(), "", 0, 0, Screen.con(""), now, now);
    Session s = runtime.start(flow, fresh, List.of()).toCompletableFuture().join().session()
        .toBuilder().hop(1).text("").build();
    String text = "";
    for (String input : inputs) {
      text = text.isEmpty() ? input : text + "*" + input;
      s = runtime.advance(flow, s, input).toCompletableFuture().join().session()
          .toBuilder().hop(s.hop() + 1).text(text).build();
    }
    return s;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** Effects that answer at once: every caller is registered, every quote is free. */
  private static final class InstantEffects implements EffectPort {
    private static final CompletionStage<EffectResult> REGISTERED = CompletableFuture.completedFuture(
        new EffectResult(MoneyEffects.REGISTERED, Map.of("displayName", "Demo Customer")));
    private static final CompletionStage<EffectResult> QUOTE = CompletableFuture.completedFuture(
        EffectResult.ok(Map.of("fee", "0.00", "total", "100.00", "currency", "TZS", "limit", "1000.00")));
    private static final CompletionStage<EffectResult> ERROR =
        CompletableFuture.completedFuture(EffectResult.of(EffectResult.ERROR));

    @Override
    public CompletionStage<EffectResult> run(EffectCall call) {
      return switch (call.effect()) {
        case MoneyEffects.SUBSCRIBER_STATUS -> REGISTERED;
        case MoneyEffects.QUOTE -> QUOTE;
        default -> ERROR;
      };
    }

    @Override
    public EffectCatalog catalog() {
      return MoneyEffects.CATALOG;
    }
  }
}
