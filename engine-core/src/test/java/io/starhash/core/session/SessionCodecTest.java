package io.starhash.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.testing.SampleSessions;
import io.starhash.core.ussd.Screen;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

  private final Session session = SampleSessions.typical("ATUid_5c1a9f0e2b7d4e3f", 4);

  @Test
  void roundTripsATypicalSessionInUnder512Bytes() {
    byte[] bytes = SessionCodec.encode(session);
    System.out.println("typical session encodes to " + bytes.length + " bytes");

    assertThat(session.vars()).hasSizeBetween(6, 8);
    assertThat(session.lastScreen().text().length()).isBetween(130, 182);
    assertThat(bytes.length).isLessThan(512);
    assertThat(SessionCodec.decode(bytes)).isEqualTo(session);
  }

  @Test
  void keepsVariableOrderAndNonAsciiText() {
    Session s = session.toBuilder().language("fr")
        .lastScreen(Screen.end("Transfert réussi ✓ Ndiyo")).build();
    Session withVars = new Session(s.id(), s.msisdn(), s.flowId(), s.flowVersion(), s.state(),
        Map.of("é", "ü"), s.hop(), s.language(), s.text(), s.page(), s.retries(),
        s.lastScreen(), s.createdAt(), s.updatedAt());

    Session back = SessionCodec.decode(SessionCodec.encode(withVars));

    assertThat(back).isEqualTo(withVars);
    assertThat(back.ended()).isTrue();
    assertThat(SessionCodec.decode(SessionCodec.encode(session)).vars().keySet())
        .containsExactlyElementsOf(session.vars().keySet());
  }

  @Test
  void rejectsEveryTruncationOfAValidRecord() {
    byte[] bytes = SessionCodec.encode(session);
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = Arrays.copyOf(bytes, len);
      assertThatThrownBy(() -> SessionCodec.decode(cut))
          .as("truncated to %d bytes", len)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void rejectsGarbageAndUnknownFormats() {
    byte[] garbage = "not a session at all, just text".getBytes();
    byte[] valid = SessionCodec.encode(session);
    byte[] unknownFormat = valid.clone();
    unknownFormat[0] = 9;
    byte[] trailing = Arrays.copyOf(valid, valid.length + 1);
    byte[] hugeLength = {SessionCodec.FORMAT, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F};

    assertThatThrownBy(() -> SessionCodec.decode(garbage))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SessionCodec.decode(unknownFormat))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
    assertThatThrownBy(() -> SessionCodec.decode(trailing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
    assertThatThrownBy(() -> SessionCodec.decode(hugeLength))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
