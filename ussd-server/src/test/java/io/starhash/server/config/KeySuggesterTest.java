package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

  private static final List<String> KNOWN =
      List.of("ussd.session-ttl", "ussd.hop-budget", "redis.url", "server.port");

  @Test
  void suggestsTheClosestKeyWithinAFewMistakes() {
    assertThat(KeySuggester.nearest("ussd.sesion-ttl", KNOWN)).contains("ussd.session-ttl");
    assertThat(KeySuggester.nearest("server.prot", KNOWN)).contains("server.port");
    assertThat(KeySuggester.nearest("redis.uri", KNOWN)).contains("redis.url");
  }

  @Test
  void suggestsTheFullKeyForItsLastPartOrItsEnvironmentSpelling() {
    assertThat(KeySuggester.nearest("hop-budget", KNOWN)).contains("ussd.hop-budget");
    assertThat(KeySuggester.nearest("USSD_HOP_BUDGET", KNOWN)).contains("ussd.hop-budget");
    assertThat(KeySuggester.nearest("port", KNOWN)).contains("server.port");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(KeySuggester.nearest("kafka.brokers", KNOWN)).isEmpty();
    assertThat(KeySuggester.nearest("timeout", KNOWN)).isEmpty();
  }

  @Test
  void distanceCountsEdits() {
    assertThat(KeySuggester.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(KeySuggester.distance("", "abc")).isEqualTo(3);
    assertThat(KeySuggester.distance("same", "same")).isZero();
  }
}
