package io.starhash.sim.load;

/** Why a hop or a session of a load run failed; {@link #label()} is its key in the report. */
enum ErrorKind {
  /** The TCP connection could not be opened. */
  CONNECT("connect"),
  /** The server closed (or reset) the connection before the hop's reply arrived. */
  CLOSED("closed"),
  /** No reply within the hop timeout; the connection is closed and opened again. */
  TIMEOUT("timeout"),
  /** A reply with a status outside 2xx. */
  HTTP_STATUS("http-status"),
  /** A 2xx reply that is not {@code CON ...} or {@code END ...}, or malformed HTTP. */
  BAD_REPLY("bad-reply"),
  /** A screen that did not match the scenario (a {@code see}, {@code not-see}, {@code end}, {@code con}). */
  MISMATCH("mismatch");

  private final String label;

  ErrorKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
