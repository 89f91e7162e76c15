package io.starhash.server.http;

/**
 * A hop's fields as a dialect read them off the wire, before validation.
 *
 * @param sessionId null when absent, as are the other strings
 * @param sequence the gateway's hop number, or 0 when the dialect has none
 */
record RawHop(
    String sessionId, String msisdn, String serviceCode, String text, String network, int sequence) {}
