package io.starhash.core.money;

import static io.starhash.core.money.MoneyFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryMoneyEffectsTest {

  private final MoneyFixture f = new MoneyFixture();

  @Test
  void servesTheContractCatalog() {
    assertThat(f.effects.catalog()).isSameAs(MoneyEffects.CATALOG);
  }

  @Test
  void anUnknownEffectIsAnErrorNotAnException() throws Exception {
    EffectResult r = f.effects.run(new EffectCall("loan.take", ALICE, Map.of(), "k")).toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    assertThat(r).isEqualTo(EffectResult.of("error"));
    assertThat(f.registry.counter("money.effects", "effect", "unknown", "outcome", "error").count()).isEqualTo(1);
  }

  @Test
  void countsOutcomesPerEffect() {
    f.ok(MoneyEffects.TOKEN_GET, ALICE, Map.of());
    f.ok(MoneyEffects.TOKEN_GET, ALICE, Map.of());
    assertThat(f.registry.counter("money.effects", "effect", "token.get", "outcome", "ok").count()).isEqualTo(2);
  }

  @Test
  void callersBecomeDemoCustomersAndSeededOnesKeepTheirName() {
    assertThat(f.effects.seedSubscriber(MoneyFixture.BOB, "Jane Roe")).isTrue();
    assertThat(f.effects.seedSubscriber(MoneyFixture.BOB, "Other Name")).isFalse();
    assertThat(f.run(MoneyEffects.RECIPIENT_FIND, ALICE, Map.of("recipient", "0754000002")).vars())
        .containsEntry("recipientName", "J*** R***");
    assertThat(f.balance(MoneyFixture.BOB)).isEqualTo("1,000.00");
    assertThat(f.effects.bank().subscribers().find(ALICE)).get()
        .extracting(Subscribers.Subscriber::fullName).isEqualTo("Demo Customer");
  }

  @Test
  void settingsAreValidated() {
    DemoMoneySettings d = DemoMoneySettings.defaults();
    assertThat(d.currency()).isEqualTo("TZS");
    assertThat(d.openingBalance().format()).isEqualTo("1,000.00");
    assertThat(d.maxTransaction().format()).isEqualTo("500.00");
    assertThat(d.merchants()).containsExactly(new DemoMerchant("4321", "Demo Shop"));
    assertThatThrownBy(() -> new DemoMoneySettings("TZS", d.openingBalance(), "12345", d.maxTransaction(), 4, 3,
        d.pinLockDuration(), d.approvalTimeout(), "TZ", List.of())).hasMessageContaining("demoPin");
    assertThatThrownBy(() -> new DemoMoneySettings("KES", d.openingBalance(), "1234", d.maxTransaction(), 4, 3,
        d.pinLockDuration(), d.approvalTimeout(), "KE", List.of())).hasMessageContaining("openingBalance");
    assertThatThrownBy(() -> new DemoMoneySettings("TZS", d.openingBalance(), "1234", d.maxTransaction(), 4, 3,
        Duration.ZERO, d.approvalTimeout(), "TZ", List.of())).hasMessageContaining("pinLockDuration");
    assertThatThrownBy(() -> new DemoMoneySettings("TZS", d.openingBalance(), "1234", d.maxTransaction(), 4, 3,
        d.pinLockDuration(), d.approvalTimeout(), "TZ",
        List.of(new DemoMerchant("4321", "A"), new DemoMerchant("4321", "B")))).hasMessageContaining("twice");
    assertThatThrownBy(() -> new DemoMerchant("12", "A")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownCountryFailsAtStartUp() {
    DemoMoneySettings d = DemoMoneySettings.defaults();
    DemoMoneySettings bad = new DemoMoneySettings("TZS", d.openingBalance(), "1234", d.maxTransaction(), 4, 3,
        d.pinLockDuration(), d.approvalTimeout(), "XX", d.merchants());
    assertThatThrownBy(() -> new InMemoryMoneyEffects(bad, f.clock)).hasMessageContaining("XX");
  }
}
