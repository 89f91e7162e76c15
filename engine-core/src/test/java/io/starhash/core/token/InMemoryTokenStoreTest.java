package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTokenStoreTest extends TokenServiceContract {

  private InMemoryTokenStore store;

  @Override
  TokenStore newStore(MutableClock clock) {
    store = new InMemoryTokenStore(clock);
    return store;
  }

  @Override
  List<byte[]> storedBytes() {
    return store.rawContents();
  }

  @Override
  void approachQuarantineEnd(Token token, Duration full) {
    clock.advance(full.minusMillis(1));
  }

  @Override
  void endQuarantine(Token token) {
    clock.advance(Duration.ofMillis(1));
  }

  @Test
  void quarantinedTokensAreForgottenOnceTheQuarantinePasses() {
    random.then(P0, P1);
    issue(ALICE);
    issue(ALICE);
    assertThat(store.size()).as("active and quarantined").isEqualTo(2);

    clock.advance(QUARANTINE);

    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void aTokenRetiredAgainKeepsItsLaterQuarantine() {
    Token t = token(P0);
    join(store.retire(t, Duration.ofDays(1)));
    join(store.retire(t, Duration.ofDays(2)));

    clock.advance(Duration.ofDays(1));
    assertThat(join(store.claim(t, new byte[] {1}))).isFalse();

    clock.advance(Duration.ofDays(1));
    assertThat(join(store.claim(t, new byte[] {1}))).isTrue();
  }
}
