package io.starhash.server.e2e;

import static io.starhash.server.e2e.Running.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.starhash.core.engine.DemoData;
import io.starhash.core.engine.EngineStores;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.testing.RedisHarness;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import io.starhash.sim.mmo.DemoAccounts;
import io.starhash.sim.mmo.Fault;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.mmo.MmoSimulatorSettings;
import io.starhash.sim.mmo.MmoTransaction;
import io.starhash.core.sms.SmsOutbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The MMO misbehaving, end to end: slower than the hop budget, down, sending a callback twice,
 * losing it, and a server that dies between posting a transaction and hearing its result. In
 * every case a transfer happens exactly once or not at all, and the money adds up.
 */
class MmoFaultsTest {

  static final String OTHER = "+255712000002";
  static final String SEND_100 = "dial *165#\ntype 7\ntype " + OTHER + "\ntype 100\ntype 1234\n";
  static final Map<String, String> QUICK = Map.of("ussd.hop-budget", "2s", "mmo.final-wait", "500ms");

  private static long transfersTo(MmoSimulator mmo, String msisdn) {
    return mmo.transactions().stream().filter(t -> t.credit().equals(Party.of(new Msisdn(msisdn)))).count();
  }

  @Test
  void anMmoSlowerThanTheHopBudgetSendsTheResultBySms() {
    try (Running r = new Running(QUICK)) {
      r.mmo.faults().set(Fault.ofDelay(Duration.ofMillis(1500)));
      r.play(CUSTOMER, SEND_100 + "see Your request is being processed. You will receive an SMS with the result.\nend\n");
      await().atMost(Duration.ofSeconds(10)).until(() -> r.sms(CUSTOMER).stream()
          .anyMatch(s -> s.contains("Transfer of 100.00 TZS: completed.")));
      assertThat(r.sms(OTHER)).anyMatch(s -> s.contains("You received 100.00 TZS"));
      assertThat(r.customerBalance()).isEqualTo(money("900.00"));
      assertThat(transfersTo(r.mmo, OTHER)).isEqualTo(1);
      r.assertConserved();
    }
  }

  @Test
  void anMmoThatIsDownMovesNothingAndSaysSo() {
    try (Running r = new Running()) {
      r.mmo.faults().set(Fault.ofErrorStatus(503).times(0));
      r.play(CUSTOMER, SEND_100 + "see The service is unavailable right now. No money was moved.\nend\n");
      r.mmo.faults().clear();
      assertThat(r.customerBalance()).isEqualTo(money("1000.00"));
      assertThat(transfersTo(r.mmo, OTHER)).isZero();
      r.play(CUSTOMER, SEND_100 + "see Sent 100.00 TZS\nend\n");
      r.assertConserved();
    }
  }

  @Test
  void aDuplicateCallbackMovesTheMoneyOnce() {
    try (Running r = new Running()) {
      r.mmo.faults().set(Fault.ofDuplicateCallback());
      r.play(CUSTOMER, SEND_100 + "see Sent 100.00 TZS\nsee Balance 900.00 TZS\nend\n");
      assertThat(transfersTo(r.mmo, OTHER)).isEqualTo(1);
      assertThat(r.sms(OTHER)).filteredOn(s -> s.contains("You received")).hasSize(1);
      r.assertConserved();
    }
  }

  @Test
  void aLostCallbackIsMadeUpForByPolling() {
    try (Running r = new Running()) {
      r.mmo.faults().set(Fault.ofLostCallback());
      r.play(CUSTOMER, SEND_100 + "see Sent 100.00 TZS\nend\n");
      assertThat(transfersTo(r.mmo, OTHER)).isEqualTo(1);
      r.assertConserved();
    }
  }

  /**
   * The server posts a transfer, the MMO books it but the answer never comes back, and the
   * server dies. A new server over the same Redis resumes the journal, learns from the MMO that
   * the transfer was booked, and finishes it exactly once.
   */
  @Test
  void aCrashBetweenPostAndResultIsFinishedExactlyOnceByTheNextServer() throws Exception {
    RedisHarness.flushAll();
    MutableClock clock = MutableClock.start();
    try (MmoSimulator mmo = MmoSimulator.start(MmoSimulatorSettings.defaults());
        SharedRedis redis = RedisConnections.open(RedisSettings.of(RedisHarness.url()))) {
      DemoAccounts.open(mmo, money("1000.00"), money("100000.00"));
      DemoData.seed(EngineStores.redis(redis, clock), new PinHasher(1_000), clock, "1234").toCompletableFuture().join();
      Map<String, String> sets = Map.of("server.port", "0", "redis.url", RedisHarness.url(),
          "mmo.url", mmo.baseUrl().toString(), "ussd.hop-budget", "2s", "mmo.final-wait", "500ms",
          "mmo.request-timeout", "5s");

      // The MMO books the transfer but neither answers the post nor calls back: only a status query can tell.
      mmo.faults().set(new Fault(Duration.ZERO, 0, true, false, true, 1));
      try (StarhashApp first = new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), clock)) {
        new Running.Attached(first).play(CUSTOMER, SEND_100 + "see Your request is being processed.\nend\n");
        await().atMost(Duration.ofSeconds(5)).until(() -> transfersTo(mmo, OTHER) == 1);
      }
      mmo.faults().clear();

      try (StarhashApp second = new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), clock)) {
        second.start();
        Msisdn customer = new Msisdn(CUSTOMER);
        await().atMost(Duration.ofSeconds(15)).until(() -> second.outbox().sentTo(customer).stream()
            .map(SmsOutbox.Sms::text).anyMatch(s -> s.contains("Transfer of 100.00 TZS: completed.")));
      }
      List<MmoTransaction> transfers = mmo.transactions().stream()
          .filter(t -> t.credit().equals(Party.of(new Msisdn(OTHER)))).toList();
      assertThat(transfers).hasSize(1);
      assertThat(mmo.balance(Party.of(new Msisdn(CUSTOMER)))).contains(money("900.00"));
      assertThat(mmo.totalBalance()).isEqualTo(mmo.totalIssued());
    }
  }

  private static Money money(String amount) {
    return Money.parse(amount, "TZS").orElseThrow();
  }
}
