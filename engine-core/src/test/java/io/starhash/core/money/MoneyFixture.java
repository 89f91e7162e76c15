package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.effect.EffectSpec;
import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory money engine with default settings, a movable clock and cheap PIN hashing;
 * {@link #run} checks every result against the effect's contract in {@link MoneyEffects#CATALOG}.
 */
final class MoneyFixture {

  static final Msisdn ALICE = new Msisdn("+255712000001");
  static final Msisdn BOB = new Msisdn("+255754000002");
  static final Msisdn CAROL = new Msisdn("+255784000003");
  static final String PIN = "1234";

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final InMemoryMoneyEffects effects;
  private final AtomicLong keys = new AtomicLong();

  MoneyFixture() {
    this(DemoMoneySettings.defaults());
  }

  MoneyFixture(DemoMoneySettings settings) {
    effects = new InMemoryMoneyEffects(settings, clock, new PinHasher(1), registry);
  }

  /** The default settings but for the opening balance. */
  static DemoMoneySettings openingBalance(long minor) {
    DemoMoneySettings d = DemoMoneySettings.defaults();
    return new DemoMoneySettings(d.currency(), new Money(minor, d.currency()), d.demoPin(), d.maxTransaction(),
        d.pinLength(), d.pinMaxAttempts(), d.pinLockDuration(), d.approvalTimeout(), d.country(), d.merchants());
  }

  /** Runs {@code effect} with a fresh idempotency key. */
  EffectResult run(String effect, Msisdn caller, Map<String, String> args) {
    return runWithKey("k" + keys.incrementAndGet(), effect, caller, args);
  }

  EffectResult runWithKey(String key, String effect, Msisdn caller, Map<String, String> args) {
    EffectResult r;
    try {
      r = effects.run(new EffectCall(effect, caller, args, key)).toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("effect " + effect + " did not complete normally", e);
    }
    EffectSpec spec = MoneyEffects.CATALOG.find(effect).orElseThrow();
    assertThat(spec.outcomes()).as("outcomes of %s", effect).contains(r.outcome());
    r.vars().forEach((name, value) -> {
      assertThat(spec.outputs()).as("outputs of %s", effect).containsKey(name);
      assertThat(value.length()).as("length of %s.%s = %s", effect, name, value).isLessThanOrEqualTo(spec.outputs().get(name));
    });
    return r;
  }

  /** The balance as the effect shows it, with the right PIN. */
  String balance(Msisdn who) {
    EffectResult r = run(MoneyEffects.BALANCE, who, Map.of("pin", PIN));
    assertThat(r.outcome()).isEqualTo(MoneyEffects.OK);
    return r.vars().get("balance");
  }

  /** Runs an effect that needs the right PIN, and expects {@code ok}. */
  EffectResult ok(String effect, Msisdn caller, Map<String, String> args) {
    EffectResult r = run(effect, caller, args);
    assertThat(r.outcome()).as("%s -> %s", effect, r).isEqualTo(MoneyEffects.OK);
    return r;
  }

  long ledgerBalance(String account) {
    return effects.bank().ledger().balance(account);
  }

  void advance(Duration d) {
    clock.advance(d);
  }
}
