package io.starhash.sim.transcript;

import io.starhash.core.ussd.Screen;
import io.starhash.sim.handset.ChatLog;
import io.starhash.sim.handset.Dialer;
import io.starhash.sim.handset.HandsetException;
import java.io.PrintStream;

/**
 * Plays a {@link Transcript} on a {@link Dialer}, checking each screen, stopping at the first
 * mismatch.
 *
 * <p>The dialog (what is dialled and typed, each screen) is printed to the log as a chat; the
 * verdict is not: print {@link PlayResult#describe()} for that.
 */
public final class TranscriptPlayer {

  private final Dialer dialer;
  private final ChatLog chat;
  private Screen screen;

  private TranscriptPlayer(Dialer dialer, PrintStream log) {
    this.dialer = dialer;
    this.chat = new ChatLog(log);
  }

  /** Plays every step in order; never throws for a mismatch or a handset error. */
  public static PlayResult play(Transcript transcript, Dialer dialer, PrintStream log) {
    return new TranscriptPlayer(dialer, log).playAll(transcript);
  }

  private PlayResult playAll(Transcript transcript) {
    for (Step step : transcript.steps()) {
      try {
        String expected = run(step);
        if (expected != null) {
          return new PlayResult.Failed(step.line(), expected, screen);
        }
      } catch (HandsetException e) {
        return new PlayResult.Aborted(step.line(), e);
      }
    }
    return new PlayResult.Passed(transcript.steps().size());
  }

  /** Runs one step; returns what was expected when the screen does not match, else null. */
  private String run(Step step) throws HandsetException {
    if (step instanceof Step.Dial dial) {
      chat.dialed(dial.serviceCode());
      show(dialer.dial(dial.serviceCode()));
    } else if (step instanceof Step.Type type) {
      if (!screen.continues()) {
        return "a CON screen to type into (the input is not shown: it may be a PIN)";
      }
      chat.typed(type.input(), screen);
      show(dialer.send(type.input()));
    } else if (step instanceof Step.See see) {
      return screen.text().contains(see.text()) ? null : "a screen containing \"" + see.text() + "\"";
    } else if (step instanceof Step.NotSee notSee) {
      return screen.text().contains(notSee.text())
          ? "a screen without \"" + notSee.text() + "\"" : null;
    } else if (step instanceof Step.ExpectEnd) {
      return screen.continues() ? "an END screen" : null;
    } else if (step instanceof Step.ExpectContinue) {
      return screen.continues() ? null : "a CON screen";
    }
    return null;
  }

  private void show(Screen next) {
    screen = next;
    chat.screen(next);
  }
}
