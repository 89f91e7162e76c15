package io.starhash.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void refusesADetailNamedLikeAPin() {
    for (String key : new String[] {"pin", "newPin", "PIN_CONFIRM", "staged.pin", "pins"}) {
      assertThatThrownBy(() -> new AuditEvent(T0, "subscriber", "pin.changed", "+2557****0001",
          Map.of(key, "x"))).as(key).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key);
    }
  }

  @Test
  void allowsWordsThatOnlyContainTheLettersPin() {
    assertThat(new AuditEvent(T0, "op", "x.y", "s", Map.of("shipping", "1", "spinCount", "2"))
        .details()).containsOnlyKeys("shipping", "spinCount");
  }

  @Test
  void refusesBlankFieldsAndKeepsDetailsInOrderAndUnmodifiable() {
    assertThatThrownBy(() -> AuditEvent.of(T0, " ", "a", "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditEvent.of(T0, "a", "", "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditEvent.of(T0, "a", "b", null)).isInstanceOf(IllegalArgumentException.class);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("b", "1");
    details.put("a", "2");

    AuditEvent e = new AuditEvent(T0, "op", "x.y", "s", details);
    details.put("c", "3");

    assertThat(e.details().keySet()).containsExactly("b", "a");
    assertThatThrownBy(() -> e.details().put("d", "4")).isInstanceOf(UnsupportedOperationException.class);
  }
}
