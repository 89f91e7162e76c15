package io.starhash.sim.transcript;

/** A transcript that cannot be played; the message names the transcript and the line. */
public final class TranscriptParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String transcript;
  private final int lineNumber;

  TranscriptParseException(String transcript, int lineNumber, String reason) {
    super(transcript + ":" + lineNumber + ": " + reason);
    this.transcript = transcript;
    this.lineNumber = lineNumber;
  }

  public String transcript() {
    return transcript;
  }

  /** The 1-based line at fault, or 0 when the fault is the whole transcript (no steps). */
  public int lineNumber() {
    return lineNumber;
  }
}
