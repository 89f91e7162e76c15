package io.starhash.core.token;

import io.starhash.core.phone.Msisdn;
import java.time.Duration;
import java.util.Objects;

/** What resolving a typed token found: its owner, nothing, or that the caller tried too often. */
public sealed interface Resolution
    permits Resolution.Found, Resolution.NotFound, Resolution.RateLimited {

  /** The metric tag of this outcome: {@code found}, {@code not-found} or {@code rate-limited}. */
  String outcome();

  /**
   * The token is active and belongs to {@code owner}.
   *
   * <p>For the engine only: the phone number of a token holder must never be shown to the
   * person or agent who typed the token (screens, SMS, API replies, logs unmasked). Show the
   * masked display name of the account instead.
   */
  record Found(Msisdn owner) implements Resolution {
    public Found {
      Objects.requireNonNull(owner, "owner");
    }

    @Override
    public String outcome() {
      return "found";
    }
  }

  /** No active token: unknown, retired, revoked, or not a token at all (shape or check digit). */
  record NotFound() implements Resolution {
    @Override
    public String outcome() {
      return "not-found";
    }
  }

  /** The caller used up its attempts; it may try again after {@code retryAfter}. */
  record RateLimited(Duration retryAfter) implements Resolution {
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
    }

    @Override
    public String outcome() {
      return "rate-limited";
    }
  }
}
