package io.starhash.sim.handset;

import io.starhash.core.ussd.Screen;

/**
 * A virtual handset: dials a service code and answers the screens it gets back.
 *
 * <p>One dialer is one phone with at most one session at a time; implementations need not be
 * thread-safe.
 */
public interface Dialer {

  /**
   * Starts a new session (abandoning any current one) and returns its first screen.
   *
   * @param serviceCode the dial string as the user keyed it, e.g. {@code *165#} or the shortcut
   *     {@code *165*3*500#}
   * @throws HandsetException when the server cannot be reached or breaks the protocol
   */
  Screen dial(String serviceCode) throws HandsetException;

  /**
   * Sends the next input of the current session and returns the screen that follows.
   *
   * @throws HandsetException when there is no session to continue (never dialled, or the last
   *     screen was an END screen), or the server cannot be reached or breaks the protocol
   */
  Screen send(String input) throws HandsetException;
}
