package io.starhash.server.config;

/**
 * Why a config value was refused, as a phrase that follows the value ("is not a duration ...").
 *
 * <p>Carries no stack trace: it is control flow inside the loader, never shown on its own.
 */
final class BadValue extends RuntimeException {

  BadValue(String problem) {
    super(problem, null, false, false);
  }
}
