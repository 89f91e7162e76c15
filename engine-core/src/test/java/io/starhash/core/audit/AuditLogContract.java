package io.starhash.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does; run on each. */
abstract class AuditLogContract {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");

  AuditLog log;

  abstract AuditLog newLog();

  @BeforeEach
  void setUp() {
    log = newLog();
  }

  static List<AuditEvent> recent(AuditLog log, int limit) {
    return log.recent(limit).toCompletableFuture().join();
  }

  static AuditEvent event(int i) {
    return new AuditEvent(T0.plusSeconds(i), "op-" + i, "subscriber.blocked", "+2557****000" + i,
        Map.of());
  }

  @Test
  void returnsTheLatestEventsNewestFirstWithEverythingKept() {
    AuditEvent detailed = new AuditEvent(T0, "subscriber", "pin.locked", "+2557****0001",
        Map.of("until", "2026-01-01T00:30:00Z", "attempts", "3", "note", "Zoë | x"));
    log.record(detailed).toCompletableFuture().join();
    log.record(event(1)).toCompletableFuture().join();
    log.record(event(2)).toCompletableFuture().join();

    assertThat(recent(log, 10)).containsExactly(event(2), event(1), detailed);
    assertThat(recent(log, 2)).containsExactly(event(2), event(1));
    assertThat(recent(log, 0)).isEmpty();
  }

  @Test
  void anEmptyLogHasNothing() {
    assertThat(recent(log, 5)).isEmpty();
  }
}
