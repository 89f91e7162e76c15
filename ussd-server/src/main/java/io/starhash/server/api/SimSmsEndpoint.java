package io.starhash.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.sms.SmsOutbox;
import java.util.Objects;

/**
 * {@code GET /sim/sms/{msisdn}}: the messages the demo outbox holds for one number, oldest first,
 * so that a simulated handset can show its SMS. Thread-safe.
 */
final class SimSmsEndpoint {

  private final SmsOutbox outbox;
  private final PhoneNumbers phones;

  SimSmsEndpoint(SmsOutbox outbox, PhoneNumbers phones) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.phones = Objects.requireNonNull(phones, "phones");
  }

  Reply serve(String rawMsisdn) throws Refused {
    Msisdn msisdn = phones.parseFromNetwork(UrlText.decode(rawMsisdn, "msisdn"))
        .orElseThrow(() -> Refused.badField("msisdn", "msisdn is not a phone number"));
    ObjectNode body = ApiJson.object();
    body.put("msisdn", msisdn.e164());
    ArrayNode messages = body.putArray("messages");
    for (SmsOutbox.Sms sms : outbox.sentTo(msisdn)) {
      messages.addObject().put("text", sms.text()).put("at", sms.at().toString());
    }
    return Replies.json(200, body);
  }
}
