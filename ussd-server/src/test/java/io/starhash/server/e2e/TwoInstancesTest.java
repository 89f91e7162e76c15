package io.starhash.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.engine.DemoData;
import io.starhash.core.engine.EngineStores;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.money.PinHasher;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.testing.RedisHarness;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import io.starhash.sim.mmo.DemoAccounts;
import io.starhash.sim.mmo.Fault;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.mmo.MmoSimulatorSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Two server instances over one Redis, as behind a load balancer: a gateway that resends the
 * PIN hop of a transfer to the other instance while the first is still waiting for the MMO
 * does not move the money twice.
 */
class TwoInstancesTest {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String hop(int port, String text) throws Exception {
    String body = "sessionId=twin-1&serviceCode=" + URLEncoder.encode("*165#", StandardCharsets.UTF_8)
        + "&phoneNumber=%2B255712000001&networkCode=t&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ussd/africastalking"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void aPinHopResentToAnotherInstanceMovesTheMoneyOnce() throws Exception {
    RedisHarness.flushAll();
    MutableClock clock = MutableClock.start();
    Money opening = Money.parse("1000.00", "TZS").orElseThrow();
    try (MmoSimulator mmo = MmoSimulator.start(MmoSimulatorSettings.defaults());
        SharedRedis redis = RedisConnections.open(RedisSettings.of(RedisHarness.url()))) {
      DemoAccounts.open(mmo, opening, Money.parse("100000.00", "TZS").orElseThrow());
      DemoData.seed(EngineStores.redis(redis, clock), new PinHasher(1_000), clock, "1234").toCompletableFuture().join();
      Map<String, String> sets = Map.of("server.port", "0", "redis.url", RedisHarness.url(),
          "mmo.url", mmo.baseUrl().toString());
      try (StarhashApp a = new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), clock);
          StarhashApp b = new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), clock)) {
        int pa = a.start().getPort();
        int pb = b.start().getPort();
        hop(pa, "");
        hop(pb, "7");
        hop(pa, "7*+255712000002");
        assertThat(hop(pb, "7*+255712000002*100")).contains("Enter PIN to confirm");
        mmo.faults().set(Fault.ofDelay(Duration.ofMillis(300)));

        List<Callable<String>> twins = List.of(() -> hop(pa, "7*+255712000002*100*1234"),
            () -> hop(pb, "7*+255712000002*100*1234"));
        List<String> screens = Concurrently.run(twins);

        assertThat(screens).anySatisfy(s -> assertThat(s).contains("Sent 100.00 TZS"));
        long transfers = mmo.transactions().stream()
            .filter(t -> t.credit().equals(Party.of(new Msisdn("+255712000002")))).count();
        assertThat(transfers).isEqualTo(1);
        assertThat(mmo.balance(Party.of(new Msisdn("+255712000001")))).contains(Money.parse("900.00", "TZS")
            .orElseThrow());
        assertThat(mmo.totalBalance()).isEqualTo(mmo.totalIssued());
      }
    }
  }
}
