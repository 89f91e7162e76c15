package io.starhash.server.app;

import io.starhash.core.effect.EffectPort;
import io.starhash.core.money.DemoMerchant;
import io.starhash.core.money.DemoMoneySettings;
import io.starhash.core.money.InMemoryMoneyEffects;
import io.starhash.core.money.Money;
import io.starhash.server.config.StarhashConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** The in-memory money engine configured from the {@code money}, {@code pin} and {@code demo} keys. */
final class DemoMoney {

  static final DemoMerchant DEMO_MERCHANT = new DemoMerchant("4321", "Demo Shop");

  private DemoMoney() {}

  static EffectPort create(StarhashConfig config, Clock clock) {
    String currency = config.money().currency().getCurrencyCode();
    DemoMoneySettings settings = new DemoMoneySettings(currency,
        money(config.demo().openingBalance(), currency), config.demo().pin(),
        money(config.money().maxTransaction(), currency), config.pin().length(), config.pin().maxAttempts(),
        config.pin().lockDuration(), config.operations().approvalTimeout(), config.phone().country(),
        List.of(DEMO_MERCHANT));
    return new InMemoryMoneyEffects(settings, clock);
  }

  private static Money money(BigDecimal amount, String currency) {
    return new Money(amount.movePointRight(2).longValueExact(), currency);
  }
}
