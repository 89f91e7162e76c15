package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

  private static final String SECRET = "a-production-secret-of-32-chars!!";

  @Test
  void defaultsAreNinetyDaysQuarantineAndTenAttemptsAMinute() {
    TokenSettings s = TokenSettings.withSecret(SECRET);

    assertThat(s.quarantine()).isEqualTo(Duration.ofDays(90));
    assertThat(s.resolveAttempts()).isEqualTo(10);
    assertThat(s.resolveWindow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(s.usesDemoSecret()).isFalse();
    assertThat(TokenSettings.demo().usesDemoSecret()).isTrue();
  }

  @Test
  void aShortSecretIsRefusedNamingTheKeyButNotTheSecret() {
    assertThatThrownBy(() -> TokenSettings.withSecret("short-secret"))
        .hasMessageContaining("tokens.secret").hasMessageContaining("32")
        .hasMessageNotContaining("short-secret");
    assertThatThrownBy(() -> TokenSettings.withSecret(" ".repeat(40)))
        .hasMessageContaining("tokens.secret");
  }

  @Test
  void badDurationsAndLimitsAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> new TokenSettings(SECRET, Duration.ZERO, 10, Duration.ofMinutes(1)))
        .hasMessageContaining("tokens.quarantine");
    assertThatThrownBy(() -> new TokenSettings(SECRET, Duration.ofDays(1), 0, Duration.ofMinutes(1)))
        .hasMessageContaining("tokens.resolve-attempts");
    assertThatThrownBy(() -> new TokenSettings(SECRET, Duration.ofDays(1), 1, Duration.ZERO))
        .hasMessageContaining("tokens.resolve-window");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(TokenSettings.withSecret(SECRET).toString()).doesNotContain(SECRET).contains("****");
    assertThat(TokenSettings.demo().toString()).doesNotContain(TokenSettings.DEMO_SECRET);
  }
}
