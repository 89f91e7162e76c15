package io.starhash.core.mmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MmoSettingsTest {

  private static final URI BASE = URI.create("http://mmo:8081/v1.2/mm/");

  private static MmoSettings with(int attempts, Duration pollInitial, Duration pollMax,
      Duration followFor) {
    return new MmoSettings(BASE, Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(3),
        attempts, pollInitial, pollMax, followFor);
  }

  @Test
  void theDefaultsAreValidAndATrailingSlashIsDropped() {
    MmoSettings s = MmoSettings.of(BASE).withCallbackBase(URI.create("https://ussd/mmo/callback/"));
    assertThat(s.resolve("/heartbeat")).isEqualTo(URI.create("http://mmo:8081/v1.2/mm/heartbeat"));
    assertThat(s.callbackUrl("tx-00000001")).contains("https://ussd/mmo/callback/tx-00000001");
    assertThat(s.maxPostAttempts()).isEqualTo(3);
  }

  @Test
  void badSettingsNameTheirKey() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> MmoSettings.of(URI.create("ftp://mmo/x")))
        .hasMessageContaining("mmo.base-url");
    assertThatThrownBy(() -> MmoSettings.of(URI.create("/relative")))
        .hasMessageContaining("mmo.base-url");
    assertThatThrownBy(() -> with(0, s, s, s)).hasMessageContaining("mmo.max-post-attempts");
    assertThatThrownBy(() -> with(11, s, s, s)).hasMessageContaining("mmo.max-post-attempts");
    assertThatThrownBy(() -> with(3, Duration.ZERO, s, s)).hasMessageContaining("mmo.poll-initial");
    assertThatThrownBy(() -> with(3, s, Duration.ofMillis(10), s)).hasMessageContaining("mmo.poll-max");
    assertThatThrownBy(() -> with(3, s, s, Duration.ofMillis(10))).hasMessageContaining("mmo.follow-for");
    assertThatThrownBy(() -> new MmoSettings(BASE, Optional.empty(), Duration.ofSeconds(-1), s, 3, s,
        s, s)).hasMessageContaining("mmo.request-timeout");
  }
}
