package io.starhash.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.testing.RedisHarness;
import io.starhash.server.app.StarhashApp;
import io.starhash.server.config.ConfigLoader;
import io.starhash.server.config.StarhashConfig;
import io.starhash.sim.handset.AfricasTalkingHandset;
import io.starhash.sim.handset.AtHandsetOptions;
import io.starhash.sim.mmo.MmoSimulator;
import io.starhash.sim.transcript.PlayResult;
import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptPlayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server on a free loopback port, dialled by the handset simulator over HTTP (the
 * Africa's Talking dialect), playing every dialog transcript of the built-in flow: once with
 * the in-memory session store and once with Redis. After each, the MMO simulator's balances
 * add up: nothing created, nothing lost.
 */
class EndToEndTest {

  static final String MSISDN = "+255712000001";

  static Stream<Arguments> transcriptsOnEachStore() throws IOException {
    List<Path> transcripts;
    try (Stream<Path> s = Files.list(Path.of("../flows/src/test/resources/dialogs"))) {
      transcripts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return Stream.of("memory", "redis").flatMap(store -> transcripts.stream().map(t -> Arguments.of(store, t)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("transcriptsOnEachStore")
  void transcriptPlaysOverHttp(String store, Path transcript) throws IOException {
    // Daily limit above the demo balance, so that a transcript can spend it all (insufficient funds).
    Map<String, String> sets = new HashMap<>(Map.of("server.port", "0", "limits.daily-tier0", "5000.00"));
    if (store.equals("redis")) {
      RedisHarness.flushAll();
      sets.put("redis.url", RedisHarness.url());
    }
    StarhashConfig config = ConfigLoader.load(Optional.empty(), Map.of(), sets);
    try (StarhashApp app = new StarhashApp(config, Clock.systemUTC())) {
      InetSocketAddress at = app.start();
      URI url = URI.create("http://127.0.0.1:" + at.getPort() + "/ussd/africastalking");
      AfricasTalkingHandset handset = new AfricasTalkingHandset(AtHandsetOptions.of(url, MSISDN));
      Transcript t = Transcript.parse(transcript.getFileName().toString(), Files.readString(transcript),
          Map.of("msisdn", MSISDN));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      PlayResult result = TranscriptPlayer.play(t, handset, new PrintStream(log, true, StandardCharsets.UTF_8));
      assertThat(result.passed()).as("%s\n%s", result.describe(), log.toString(StandardCharsets.UTF_8)).isTrue();
      MmoSimulator mmo = app.mmoSimulator().orElseThrow();
      assertThat(mmo.totalBalance()).as("money conserved at the MMO").isEqualTo(mmo.totalIssued());
    }
  }
}
