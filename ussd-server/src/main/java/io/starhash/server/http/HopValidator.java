package io.starhash.server.http;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.SessionId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns the raw fields of any dialect into a {@link Hop}, or into a {@link BadUssdRequest} that
 * names the offending field as the dialect calls it. Thread-safe.
 */
final class HopValidator {

  private static final Pattern SERVICE_CODE = Pattern.compile("[*#0-9]{1,64}");
  private static final Pattern NETWORK = Pattern.compile("[\\x20-\\x7e]{0,32}");

  private final PhoneNumbers phones;

  HopValidator(PhoneNumbers phones) {
    this.phones = Objects.requireNonNull(phones, "phones");
  }

  Hop validate(WireFormat format, RawHop raw) throws BadUssdRequest {
    WireFormat.FieldNames names = format.names();
    String phone = raw.msisdn();
    if (raw.sessionId() == null) {
      throw missing(names.sessionId(), null, phone);
    }
    SessionId sessionId;
    try {
      sessionId = new SessionId(raw.sessionId());
    } catch (IllegalArgumentException e) {
      throw new BadUssdRequest(
          RejectReason.INVALID_SESSION_ID, "invalid " + names.sessionId(), null, phone);
    }
    String sid = sessionId.value();
    if (phone == null) {
      throw missing(names.msisdn(), sid, null);
    }
    Msisdn msisdn =
        phones
            .parseFromNetwork(phone)
            .orElseThrow(() ->
                new BadUssdRequest(RejectReason.INVALID_PHONE, "invalid " + names.msisdn(), sid, phone));
    if (raw.serviceCode() == null) {
      throw missing(names.serviceCode(), sid, phone);
    }
    if (!SERVICE_CODE.matcher(raw.serviceCode()).matches()) {
      throw new BadUssdRequest(RejectReason.INVALID_FIELD, "invalid " + names.serviceCode(), sid, phone);
    }
    String text = raw.text() == null ? "" : raw.text();
    if (text.length() > Hop.MAX_TEXT) {
      throw new BadUssdRequest(
          RejectReason.TEXT_TOO_LONG,
          names.text() + " longer than " + Hop.MAX_TEXT + " characters",
          sid,
          phone);
    }
    String network = raw.network() == null ? "" : raw.network();
    if (!NETWORK.matcher(network).matches()) {
      throw new BadUssdRequest(RejectReason.INVALID_FIELD, "invalid " + names.network(), sid, phone);
    }
    return new Hop(
        sessionId,
        msisdn,
        raw.serviceCode(),
        text,
        format.mode(),
        raw.sequence(),
        network,
        format.dialect());
  }

  private static BadUssdRequest missing(String field, String sessionId, String phone) {
    return new BadUssdRequest(RejectReason.MISSING_FIELD, "missing field: " + field, sessionId, phone);
  }
}
