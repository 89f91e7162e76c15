package io.starhash.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.sms.SmsOutbox;
import io.starhash.core.testing.MutableClock;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import io.starhash.sim.handset.AfricasTalkingHandset;
import io.starhash.sim.handset.AtHandsetOptions;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.transcript.PlayResult;
import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptPlayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole demo process for one test: the server on a free loopback port, its in-process MMO
 * simulator, a clock the test moves; and the three kinds of client a person would use: the
 * handset simulator, the agent/merchant API, the SMS outbox.
 */
final class Running implements AutoCloseable {

  static final String CUSTOMER = "+255712000001";
  static final String AGENT_KEY = "agent-demo-key";
  static final String MERCHANT_KEY = "merchant-demo-key";
  static final Party AGENT_ACCOUNT = Party.account("agent-A001");
  static final Party MERCHANT_ACCOUNT = Party.account("merchant-4321");

  final MutableClock clock = MutableClock.start();
  final StarhashApp app;
  final String base;
  final MmoSimulator mmo;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Running(Map<String, String> extra) {
    Map<String, String> sets = new HashMap<>(Map.of("server.port", "0", "limits.daily-tier0", "5000.00"));
    sets.putAll(extra);
    app = new StarhashApp(ConfigLoader.load(Optional.empty(), Map.of(), sets), clock);
    base = "http://127.0.0.1:" + app.start().getPort();
    mmo = app.mmoSimulator().orElseThrow();
  }

  Running() {
    this(Map.of());
  }

  /** Plays a transcript as {@code msisdn}; fails the test on the first mismatch. */
  void play(String msisdn, String script) {
    play(base, msisdn, script);
  }

  static void play(String base, String msisdn, String script) {
    AfricasTalkingHandset handset = new AfricasTalkingHandset(
        AtHandsetOptions.of(URI.create(base + "/ussd/africastalking"), msisdn));
    Transcript t = Transcript.parse("inline", script, Map.of("msisdn", msisdn));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PlayResult r = TranscriptPlayer.play(t, handset, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(r.passed()).as("%s\n%s", r.describe(), log.toString(StandardCharsets.UTF_8)).isTrue();
  }

  HttpResponse<String> api(String key, String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key);
    b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> create(String key, String type, String customer, String amount) {
    return api(key, "POST", "/api/v1/operations",
        "{\"type\":\"" + type + "\",\"customer\":\"" + customer + "\",\"amount\":\"" + amount + "\"}");
  }

  /** The id of the one operation of {@code customer} in {@code status} that {@code key}'s partner sees. */
  String onlyOperation(String key, String customer, String status) {
    String body = api(key, "GET", "/api/v1/operations?customer=" + customer.replace("+", "%2B") + "&status=" + status,
        null).body();
    List<String> ids = ids(body);
    assertThat(ids).as(body).hasSize(1);
    return ids.get(0);
  }

  static List<String> ids(String json) {
    return java.util.regex.Pattern.compile("\"id\":\"(OP[A-Z0-9]+)\"").matcher(json).results()
        .map(m -> m.group(1)).toList();
  }

  static String idOf(HttpResponse<String> created) {
    return ids(created.body()).get(0);
  }

  List<String> sms(String msisdn) {
    return app.outbox().sentTo(new Msisdn(msisdn)).stream().map(SmsOutbox.Sms::text).toList();
  }

  Money balance(Party party) {
    return mmo.balance(party).orElseThrow();
  }

  Money customerBalance() {
    return balance(Party.of(new Msisdn(CUSTOMER)));
  }

  /** Nothing created, nothing lost: every account together holds what was issued. */
  void assertConserved() {
    assertThat(mmo.totalBalance()).isEqualTo(mmo.totalIssued());
  }

  @Override
  public void close() {
    app.close();
  }

  /** A handset for an app the test started itself (it must not be started yet). */
  record Attached(StarhashApp app) {
    void play(String msisdn, String script) {
      Running.play("http://127.0.0.1:" + app.start().getPort(), msisdn, script);
    }
  }
}
