package io.starhash.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHasherTest {

  private final PinHasher hasher = new PinHasher(10);

  @Test
  void verifiesTheRightPinOnly() {
    PinHash h = hasher.hash("4821");
    assertThat(hasher.verify("4821", h)).isTrue();
    assertThat(hasher.verify("4822", h)).isFalse();
    assertThat(hasher.verify("", h)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    PinHash a = hasher.hash("4821");
    PinHash b = hasher.hash("4821");
    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(a).isNotEqualTo(b);
    assertThat(a.salt()).hasSize(16);
    assertThat(a.hash()).hasSize(32);
  }

  @Test
  void verifiesWithTheIterationsStoredInTheHash() {
    PinHash old = new PinHasher(3).hash("4821");
    assertThat(old.iterations()).isEqualTo(3);
    assertThat(hasher.verify("4821", old)).isTrue();
  }

  @Test
  void theDefaultCostIsAFewMilliseconds() {
    PinHasher real = new PinHasher();
    PinHash h = real.hash("4821");
    long start = System.nanoTime();
    assertThat(real.verify("4821", h)).isTrue();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(h.iterations()).isEqualTo(PinHasher.DEFAULT_ITERATIONS);
    assertThat(millis).as("one verification of the default cost, ms").isLessThan(500);
  }

  @Test
  void hashIsImmutableAndNeverPrinted() {
    PinHash h = hasher.hash("4821");
    h.salt()[0] ^= 1;
    h.hash()[0] ^= 1;
    assertThat(hasher.verify("4821", h)).isTrue();
    assertThat(h.toString()).doesNotContain("4821").isEqualTo("PinHash[iterations=10]");
    assertThat(h).isEqualTo(new PinHash(h.salt(), h.hash(), h.iterations())).hasSameHashCodeAs(
        new PinHash(h.salt(), h.hash(), h.iterations()));
    assertThat(h.encoded()).startsWith("10:").doesNotContain("4821");
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new PinHasher(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PinHash(new byte[4], new byte[32], 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
