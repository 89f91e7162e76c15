package io.starhash.server.http;

import io.starhash.core.ussd.Hop;
import java.util.Objects;

/**
 * How one dialect names and delivers the fields of a hop, for decoding and error messages.
 *
 * @param dialect the dialect's name, {@link Hop#dialect()}
 */
record WireFormat(String dialect, Hop.InputMode mode, FieldNames names) {

  WireFormat {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(names, "names");
  }

  /** The dialect's names of the hop's fields, as an error message quotes them. */
  record FieldNames(String sessionId, String msisdn, String serviceCode, String text, String network) {

    FieldNames {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(msisdn, "msisdn");
      Objects.requireNonNull(serviceCode, "serviceCode");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(network, "network");
    }
  }
}
