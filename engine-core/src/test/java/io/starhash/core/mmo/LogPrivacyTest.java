package io.starhash.core.mmo;

import static io.starhash.core.mmo.FakeMmo.accepted;
import static io.starhash.core.mmo.FakeMmo.json;
import static io.starhash.core.mmo.MmoFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The gateway's logs never hold a full phone number, nor the MMO's free-text descriptions. */
class LogPrivacyTest extends GatewayHarness {

  private final Logger logger = (Logger) LoggerFactory.getLogger("io.starhash.core.mmo");
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  @BeforeEach
  void capture() {
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void release() {
    logger.detachAppender(events);
  }

  @Test
  void noLogLineHoldsAFullNumber() {
    String refusal = "{\"errorCategory\":\"businessRule\",\"errorCode\":\"insufficientFunds\","
        + "\"errorDescription\":\"account +255712000002 has no funds\"}";
    mmo.on("POST", "/transactions/type/deposit", json(202, accepted("scid-p")));
    mmo.on("GET", "/requeststates/scid-p", json(200, "{\"status\":\"failed\",\"error\":" + refusal + "}"));
    HttpMmoGateway gateway = gateway(MmoFixtures.quick(mmo.base()));

    TxResult result = submit(gateway, request("privacy-0001"));
    gateway.onCallback("privacy-0002", refusal.getBytes(StandardCharsets.UTF_8));
    join(gateway.balance(MmoFixtures.CUSTOMER).handle((b, e) -> b));

    assertThat(result).isInstanceOf(TxResult.Declined.class);
    assertThat(events.list).isNotEmpty();
    assertThat(events.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
        .doesNotContain("712000001").doesNotContain("712000002"));
  }
}
