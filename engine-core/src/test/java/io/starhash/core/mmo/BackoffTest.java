package io.starhash.core.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delaysDoubleWithJitterUpToTheMaximum() {
    for (int run = 0; run < 50; run++) {
      Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(700));
      assertThat(b.next().toMillis()).isBetween(50L, 100L);
      assertThat(b.next().toMillis()).isBetween(100L, 200L);
      assertThat(b.next().toMillis()).isBetween(200L, 400L);
      for (int i = 0; i < 40; i++) {
        assertThat(b.next().toMillis()).isBetween(350L, 700L);
      }
    }
  }
}
