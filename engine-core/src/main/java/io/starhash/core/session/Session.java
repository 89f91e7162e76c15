package io.starhash.core.session;

import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The whole truth about one USSD session: where it is in which flow, what it has
 * collected, and the last screen it showed. Immutable; every hop makes a new one.
 *
 * @param msisdn the caller in E.164
 * @param flowVersion the version the session started on; it finishes on it
 * @param vars session variables; never a PIN (PINs live only within the hop that uses them)
 * @param hop how many hops have been answered; the compare-and-set counter
 * @param text the gateway text consumed so far (cumulative dialects), PIN digits masked
 * @param page the page of the current screen shown, 0 for the first
 * @param retries how many invalid inputs the current input state has seen
 * @param lastScreen the screen answered to hop {@code hop}, replayed on a resent hop
 * @param createdAt epoch milliseconds of the first hop
 * @param updatedAt epoch milliseconds of the last hop
 */
public record Session(
    SessionId id,
    String msisdn,
    String flowId,
    int flowVersion,
    String state,
    Map<String, String> vars,
    int hop,
    String language,
    String text,
    int page,
    int retries,
    Screen lastScreen,
    long createdAt,
    long updatedAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(flowId, "flowId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(lastScreen, "lastScreen");
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(vars, "vars")));
    text = text == null ? "" : text;
    if (hop < 0 || page < 0 || retries < 0) {
      throw new IllegalArgumentException("hop, page and retries must not be negative");
    }
  }

  /** Whether the session has shown its final screen. */
  public boolean ended() {
    return !lastScreen.continues();
  }

  /** Never the variables, the gateway text or the number in clear. */
  @Override
  public String toString() {
    return "Session[" + id + ", " + io.starhash.core.phone.Msisdn.mask(msisdn) + ", " + flowId + " v" + flowVersion
        + ", " + state + ", hop " + hop + "]";
  }

  /** A builder that starts from this session, for the runtime to change a few fields. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable copy of a {@link Session}; not thread-safe, lives within one hop. */
  public static final class Builder {
    private final SessionId id;
    private final String msisdn;
    private final String flowId;
    private final int flowVersion;
    private final long createdAt;
    private String state;
    private final Map<String, String> vars;
    private int hop;
    private String language;
    private String text;
    private int page;
    private int retries;
    private Screen lastScreen;
    private long updatedAt;

    private Builder(Session s) {
      this.id = s.id;
      this.msisdn = s.msisdn;
      this.flowId = s.flowId;
      this.flowVersion = s.flowVersion;
      this.createdAt = s.createdAt;
      this.state = s.state;
      this.vars = new LinkedHashMap<>(s.vars);
      this.hop = s.hop;
      this.language = s.language;
      this.text = s.text;
      this.page = s.page;
      this.retries = s.retries;
      this.lastScreen = s.lastScreen;
      this.updatedAt = s.updatedAt;
    }

    public String state() {
      return state;
    }

    public Builder state(String v) {
      state = v;
      return this;
    }

    public Map<String, String> vars() {
      return vars;
    }

    public String language() {
      return language;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder hop(int v) {
      hop = v;
      return this;
    }

    public String text() {
      return text;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public int page() {
      return page;
    }

    public Builder page(int v) {
      page = v;
      return this;
    }

    public int retries() {
      return retries;
    }

    public Builder retries(int v) {
      retries = v;
      return this;
    }

    public Builder lastScreen(Screen v) {
      lastScreen = v;
      return this;
    }

    public Builder updatedAt(long v) {
      updatedAt = v;
      return this;
    }

    public Session build() {
      return new Session(id, msisdn, flowId, flowVersion, state, vars, hop, language, text, page,
          retries, lastScreen, createdAt, updatedAt);
    }
  }
}
