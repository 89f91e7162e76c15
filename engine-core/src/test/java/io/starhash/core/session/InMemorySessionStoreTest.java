package io.starhash.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.MutableClock;
import io.starhash.core.testing.SampleSessions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {

  private static final Duration TTL = Duration.ofSeconds(60);

  private final MutableClock clock = MutableClock.start();
  private final InMemorySessionStore store = new InMemorySessionStore(clock, TTL);
  private final Session session = SampleSessions.typical("mem-1", 1);

  @AfterEach
  void close() {
    store.close();
  }

  private Optional<Session> load() {
    return store.load(session.id()).toCompletableFuture().join();
  }

  private boolean cas(Session s, int expectedHop) {
    return store.compareAndSet(s, expectedHop).toCompletableFuture().join();
  }

  @Test
  void sessionExpiresTtlAfterItsLastSave() {
    assertThat(cas(session, 0)).isTrue();

    clock.advance(TTL.minusMillis(1));
    assertThat(load()).contains(session);
    assertThat(store.activeSessions()).isEqualTo(1);

    clock.advance(Duration.ofMillis(1));
    assertThat(load()).isEmpty();
    assertThat(store.activeSessions()).isZero();
  }

  @Test
  void saveRestartsTheTimeToLive() {
    assertThat(cas(session, 0)).isTrue();
    clock.advance(TTL.minusSeconds(1));
    Session next = SampleSessions.nextHop(session);
    assertThat(cas(next, 1)).isTrue();

    clock.advance(TTL.minusSeconds(1));

    assertThat(load()).contains(next);
  }

  @Test
  void casZeroOnlyWhenAbsentAndOtherwiseOnlyOnTheExpectedHop() {
    assertThat(cas(session, 0)).as("absent: created").isTrue();
    assertThat(cas(session, 0)).as("present: not created again").isFalse();

    Session hop2 = SampleSessions.nextHop(session);
    assertThat(cas(hop2, 2)).as("conflict: stored hop is 1").isFalse();
    assertThat(cas(hop2, 1)).as("expected hop").isTrue();
    assertThat(cas(SampleSessions.nextHop(session), 1)).as("stale resend").isFalse();
    assertThat(load()).contains(hop2);
  }

  @Test
  void expiredSessionCountsAsAbsent() {
    assertThat(cas(session, 0)).isTrue();
    clock.advance(TTL);

    assertThat(cas(SampleSessions.nextHop(session), 1)).isFalse();
    assertThat(cas(session, 0)).isTrue();
  }

  @Test
  void ofTwoConcurrentHopsOnlyOneWins() throws Exception {
    assertThat(cas(session, 0)).isTrue();
    Session a = SampleSessions.nextHop(session).toBuilder().state("a").build();
    Session b = SampleSessions.nextHop(session).toBuilder().state("b").build();

    List<Boolean> results = Concurrently.run(List.of(() -> cas(a, 1), () -> cas(b, 1)));

    assertThat(results).containsExactlyInAnyOrder(true, false);
    assertThat(load().orElseThrow().state()).isEqualTo(results.get(0) ? "a" : "b");
  }
}
