package io.starhash.core.sms;

import io.starhash.core.phone.Msisdn;
import java.util.concurrent.CompletionStage;

/**
 * Sends an SMS to a subscriber. Demo mode keeps them in an {@link SmsOutbox}; the SMS issue
 * puts SMPP and Twilio behind this port.
 *
 * <p>Thread-safe; never blocks the caller.
 */
public interface SmsSender {

  CompletionStage<Void> send(Msisdn to, String text);
}
