package io.starhash.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.api.sync.RedisCommands;
import io.starhash.core.testing.RedisHarness;
import io.starhash.core.ussd.SessionId;
import io.starhash.server.config.ConfigLoader;
import io.starhash.server.config.StarhashConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ceiling: through the real HTTP server, exactly one Redis GET and one SET per hop. */
class CeilingServerTest {

  private static final String[] TEXTS = {"", "3", "3*100", "3*100*0"};

  private static StarhashConfig config(String redisUrl) {
    return ConfigLoader.load(Optional.empty(), Map.of(),
        Map.of("server.host", "127.0.0.1", "server.port", "0", "redis.url", redisUrl));
  }

  @Test
  void everyHopIsOneGetAndOneSetOfThreeHundredBytesAndTheFourthHopEnds() throws Exception {
    RedisCommands<String, String> redis = RedisHarness.commands();
    try (CeilingServer server = new CeilingServer(config(RedisHarness.url()))) {
      InetSocketAddress at = server.start();
      AtClient client = new AtClient(URI.create("http://127.0.0.1:" + at.getPort() + "/ussd/africastalking"));
      redis.configResetstat();
      List<String> screens = new ArrayList<>();
      for (String session : new String[] {"ceiling-a", "ceiling-b"}) {
        for (String text : TEXTS) {
          screens.add(client.hop(session, "+255712000001", text).get());
        }
      }
      Map<String, Long> calls = RedisAdmin.commandCalls(redis.info("commandstats"));
      assertThat(calls).containsEntry("get", 8L).containsEntry("set", 8L);
      assertThat(screens).extracting(s -> s.substring(0, 4))
          .containsExactly("CON ", "CON ", "CON ", "END ", "CON ", "CON ", "CON ", "END ");
      String key = new String(CeilingEngine.key(new SessionId("ceiling-a")), StandardCharsets.US_ASCII);
      assertThat(redis.strlen(key)).isEqualTo(CeilingEngine.VALUE_BYTES);
      assertThat(redis.pttl(key)).isPositive();
    }
  }

  @Test
  void aHopAfterTheLastStillEndsAndCountsOn() throws Exception {
    try (CeilingServer server = new CeilingServer(config(RedisHarness.url()))) {
      InetSocketAddress at = server.start();
      AtClient client = new AtClient(URI.create("http://127.0.0.1:" + at.getPort() + "/ussd/africastalking"));
      String last = "";
      for (String text : new String[] {"", "1", "1*1", "1*1*1", "1*1*1*1"}) {
        last = client.hop("ceiling-c", "+255712000002", text).get();
      }
      assertThat(last).isEqualTo("END Ceiling hop 5: done");
    }
  }

  @Test
  void withoutRedisThereIsNoCeiling() {
    StarhashConfig noRedis = ConfigLoader.load(Optional.empty(), Map.of(), Map.of("server.port", "0"));
    assertThatThrownBy(() -> new CeilingServer(noRedis))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs redis.url");
  }
}
