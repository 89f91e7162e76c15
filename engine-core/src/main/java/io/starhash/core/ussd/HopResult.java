package io.starhash.core.ussd;

import java.util.Objects;

/** The answer to a hop, with what metrics need to know about it. */
public record HopResult(Screen screen, String flowId, Outcome outcome) {

  public HopResult {
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(outcome, "outcome");
    flowId = flowId == null ? "none" : flowId;
  }

  /** How a hop ended, the {@code outcome} tag of {@code ussd.hops}. */
  public enum Outcome {
    /** A screen that continues the session. */
    CONTINUE,
    /** A final screen. */
    END,
    /** A resent hop, answered with the saved screen. */
    RESENT,
    /** An effect slower than the hop budget: the person was told a result follows by SMS. */
    DEFERRED,
    /** The input could not be used (unknown service code, text that does not extend the last). */
    REJECTED,
    /** The engine could not serve the hop (session store down or slow). */
    ERROR;

    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
