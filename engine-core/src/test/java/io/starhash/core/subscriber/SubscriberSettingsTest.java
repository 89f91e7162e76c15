package io.starhash.core.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.money.Money;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriberSettingsTest {

  private static final Map<KycTier, Money> LIMITS = SubscriberSettings.defaults().dailyLimits();
  private static final Duration MIN = Duration.ofMinutes(1);

  @Test
  void defaultsAreTheDocumentedOnes() {
    SubscriberSettings d = SubscriberSettings.defaults();

    assertThat(d.pinLength()).isEqualTo(4);
    assertThat(d.maxAttempts()).isEqualTo(3);
    assertThat(d.lockDuration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(d.stagedTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(d.dailyLimit(KycTier.TIER_0)).isEqualTo(Money.parse("1000.00", "TZS").orElseThrow());
    assertThat(d.dailyLimit(KycTier.TIER_1)).isEqualTo(Money.parse("5000.00", "TZS").orElseThrow());
    assertThat(d.dailyLimit(KycTier.TIER_2)).isEqualTo(Money.parse("50000.00", "TZS").orElseThrow());
  }

  @Test
  void refusesBadValuesNamingTheKey() {
    assertThatThrownBy(() -> new SubscriberSettings(3, 3, MIN, MIN, LIMITS)).hasMessageContaining("pin.length");
    assertThatThrownBy(() -> new SubscriberSettings(9, 3, MIN, MIN, LIMITS)).hasMessageContaining("pin.length");
    assertThatThrownBy(() -> new SubscriberSettings(4, 0, MIN, MIN, LIMITS)).hasMessageContaining("pin.max-attempts");
    assertThatThrownBy(() -> new SubscriberSettings(4, 3, Duration.ZERO, MIN, LIMITS))
        .hasMessageContaining("pin.lock-duration");
    assertThatThrownBy(() -> new SubscriberSettings(4, 3, MIN, null, LIMITS)).hasMessageContaining("ttl");
    assertThatThrownBy(() -> new SubscriberSettings(4, 3, MIN, MIN,
        Map.of(KycTier.TIER_0, new Money(1, "TZS")))).hasMessageContaining("every KYC tier");
    assertThatThrownBy(() -> new SubscriberSettings(4, 3, MIN, MIN, Map.of(KycTier.TIER_0,
        new Money(1, "TZS"), KycTier.TIER_1, new Money(1, "KES"), KycTier.TIER_2, new Money(1, "TZS"))))
        .hasMessageContaining("one currency");
  }
}
