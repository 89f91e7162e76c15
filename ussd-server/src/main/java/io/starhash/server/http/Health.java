package io.starhash.server.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code GET /health} reports: an overall status and one entry per component (for example
 * {@code sessionStore}), answered 200 when {@link Status#UP}, else 503.
 */
public record Health(Status status, Map<String, Component> components) {

  public Health {
    Objects.requireNonNull(status, "status");
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** UP when every component is UP (and when there is none). */
  public static Health of(Map<String, Component> components) {
    boolean up = components.values().stream().allMatch(c -> c.status() == Status.UP);
    return new Health(up ? Status.UP : Status.DOWN, components);
  }

  /** Whether a part works. */
  public enum Status {
    UP,
    DOWN
  }

  /**
   * One component's state.
   *
   * @param details shown next to the status in order, e.g. {@code kind}, {@code detail},
   *     {@code activeSessions}; values are strings, numbers or booleans
   */
  public record Component(Status status, Map<String, Object> details) {

    public Component {
      Objects.requireNonNull(status, "status");
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
  }
}
