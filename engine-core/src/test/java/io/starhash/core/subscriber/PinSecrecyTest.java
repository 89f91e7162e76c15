package io.starhash.core.subscriber;

import static io.starhash.core.subscriber.ServiceFixture.ALICE;
import static io.starhash.core.subscriber.ServiceFixture.BOB;
import static io.starhash.core.subscriber.ServiceFixture.NEW_PIN;
import static io.starhash.core.subscriber.ServiceFixture.OTHER_PIN;
import static io.starhash.core.subscriber.ServiceFixture.PIN;
import static io.starhash.core.subscriber.ServiceFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.starhash.core.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Through every path that handles a PIN, no PIN reaches a log line, an audit event or a toString. */
class PinSecrecyTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger("io.starhash.core");
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level level;

  @BeforeEach
  void captureLogs() {
    level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void release() {
    logger.detachAppender(logs);
    logger.setLevel(level);
  }

  @Test
  void noPinInLogsAuditEventsOrValues() {
    ServiceFixture f = new ServiceFixture(Backend.memory());
    List<String> seen = new ArrayList<>();
    join(f.service.stageSignUp(ALICE, "Juma Hassani", PIN));
    seen.add(join(f.backend.store().findStaged(ALICE)).orElseThrow().toString());
    join(f.service.confirmSignUp(ALICE, OTHER_PIN));
    join(f.service.confirmSignUp(ALICE, PIN));
    for (int i = 0; i < 4; i++) {
      f.check(ALICE, OTHER_PIN);
    }
    join(f.service.unblock(ALICE, "op-7"));
    f.check(ALICE, PIN);
    join(f.service.stageNewPin(ALICE, NEW_PIN));
    join(f.service.confirmNewPin(ALICE, NEW_PIN));
    join(f.service.changePin(ALICE, NEW_PIN, PIN));
    join(f.service.resetPin(ALICE, OTHER_PIN, "op-7"));
    join(f.service.register(BOB, "Bob Mushi", NEW_PIN));
    seen.add(join(f.service.find(ALICE)).orElseThrow().toString());

    List<AuditEvent> events = f.events();
    assertThat(events).extracting(AuditEvent::action).contains(SubscriberActions.REGISTERED,
        SubscriberActions.PIN_FAILED, SubscriberActions.PIN_LOCKED, SubscriberActions.PIN_UNLOCKED,
        SubscriberActions.PIN_CHANGED);
    events.forEach(e -> seen.add(e.toString()));
    logs.list.forEach(e -> seen.add(e.getFormattedMessage()));
    assertThat(logs.list).isNotEmpty();
    assertThat(seen).allSatisfy(text -> assertThat(text)
        .doesNotContain(PIN).doesNotContain(OTHER_PIN).doesNotContain(NEW_PIN)
        .doesNotContain(ALICE.e164()).doesNotContain("Hassani"));
  }
}
