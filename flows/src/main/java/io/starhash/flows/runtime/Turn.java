package io.starhash.flows.runtime;

import io.starhash.core.session.Session;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;

/**
 * What one hop of the runtime produced: the screen, the session to save, and whether the
 * input was a secret (a PIN) that must be masked in the saved gateway text.
 */
public record Turn(Screen screen, HopResult.Outcome outcome, Session session, boolean secretInput) {}
