package io.starhash.core.ussd;

import java.util.Objects;

/** The gateway's id of one USSD session: 1 to 128 printable ASCII characters. */
public record SessionId(String value) {

  public static final int MAX_LENGTH = 128;

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException("sessionId must be 1-" + MAX_LENGTH + " printable ASCII characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
