package io.starhash.flows.runtime;

import io.starhash.core.session.Session;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;

/**
 * What one hop of the runtime produced: the screen, the session to save, whether the input was
 * a secret (a PIN) that must be masked in the saved gateway text, and how many shortcut inputs
 * of a new session's dial string were applied (the rest were not, and may hold a PIN).
 */
public record Turn(Screen screen, HopResult.Outcome outcome, Session session, boolean secretInput,
    int shortcutApplied) {

  public Turn(Screen screen, HopResult.Outcome outcome, Session session, boolean secretInput) {
    this(screen, outcome, session, secretInput, 0);
  }

  Turn withShortcutApplied(int applied) {
    return new Turn(screen, outcome, session, secretInput, applied);
  }
}
