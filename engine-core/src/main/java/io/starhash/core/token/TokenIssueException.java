package io.starhash.core.token;

/**
 * No token could be issued: every candidate drawn was a phone number or collided with an active
 * or quarantined token, within the bounded number of attempts.
 */
public final class TokenIssueException extends RuntimeException {

  public TokenIssueException(String message) {
    super(message);
  }
}
