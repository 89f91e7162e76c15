package io.starhash.flows.hop;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.session.Session;
import io.starhash.core.session.SessionCodec;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.SessionId;
import io.starhash.flows.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/** A typical session of the built-in flow stays under the 512-byte target of DESIGN.md. */
class SessionSizeTest {

  @Test
  void aSessionAtTheSendMoneyPinScreenIsUnder512Bytes() {
    try (EngineFixture f = new EngineFixture()) {
      String id = "ATUid_b4c1e0f2a9d34e6f8c2b7a1d5e9f3c07";
      for (String text : new String[] {"", "7", "7*+255712000002", "7*+255712000002*250"}) {
        f.engine().handle(new Hop(new SessionId(id), EngineFixture.CUSTOMER, "*165#", text, Hop.InputMode.CUMULATIVE,
            0, "63902", "africastalking")).toCompletableFuture().join();
      }
      Session s = f.store.load(new SessionId(id)).toCompletableFuture().join().orElseThrow();
      assertThat(s.lastScreen().text()).contains("Enter PIN to confirm");
      int size = SessionCodec.encode(s).length;
      System.out.println("serialized session at the send-money PIN screen: " + size + " bytes");
      assertThat(size).isLessThan(512);
    }
  }
}
