package io.starhash.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest extends AuditLogContract {

  @Override
  AuditLog newLog() {
    return new InMemoryAuditLog();
  }

  @Test
  void keepsOnlyTheLatestCapacityEvents() {
    InMemoryAuditLog small = new InMemoryAuditLog(2);
    for (int i = 1; i <= 3; i++) {
      small.record(event(i));
    }

    assertThat(recent(small, 10)).containsExactly(event(3), event(2));
    assertThatThrownBy(() -> new InMemoryAuditLog(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
