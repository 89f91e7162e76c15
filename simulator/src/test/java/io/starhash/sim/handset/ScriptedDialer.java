package io.starhash.sim.handset;

import io.starhash.core.ussd.Screen;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A fake handset for tests: answers each call with the next scripted screen or error. */
public final class ScriptedDialer implements Dialer {

  private final Deque<Object> answers = new ArrayDeque<>();
  private final List<String> calls = new ArrayList<>();

  public ScriptedDialer answer(Screen screen) {
    answers.add(screen);
    return this;
  }

  public ScriptedDialer fail(HandsetException error) {
    answers.add(error);
    return this;
  }

  /** Each call so far, as {@code dial <code>} or {@code send <input>}. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Screen dial(String serviceCode) throws HandsetException {
    calls.add("dial " + serviceCode);
    return next();
  }

  @Override
  public Screen send(String input) throws HandsetException {
    calls.add("send " + input);
    return next();
  }

  private Screen next() throws HandsetException {
    Object answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("unexpected call, the script is exhausted: " + calls);
    }
    if (answer instanceof HandsetException e) {
      throw e;
    }
    return (Screen) answer;
  }
}
