package io.starhash.flows.model;

/**
 * One thing wrong with a flow file, where it is and what to do about it.
 *
 * @param state the state it concerns, or empty when it concerns the whole flow
 */
public record Problem(String file, int line, String state, String message) implements Comparable<Problem> {

  @Override
  public int compareTo(Problem o) {
    int c = file.compareTo(o.file);
    return c != 0 ? c : Integer.compare(line, o.line);
  }

  @Override
  public String toString() {
    return file + ":" + line + (state.isEmpty() ? "" : " [" + state + "]") + " " + message;
  }
}
