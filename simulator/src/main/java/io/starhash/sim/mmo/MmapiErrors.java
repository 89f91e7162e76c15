package io.starhash.sim.mmo;

import io.starhash.core.mmo.MmoError;

/** The MMAPI error categories and codes the simulator answers, and their HTTP statuses. */
final class MmapiErrors {

  static final String BUSINESS_RULE = "businessRule";
  static final String VALIDATION = "validation";
  static final String AUTHORISATION = "authorisation";
  static final String IDENTIFICATION = "identification";
  static final String INTERNAL = "internal";
  static final String SERVICE_UNAVAILABLE = "serviceUnavailable";

  static final String GENERIC = "genericError";
  static final String FORMAT = "formatError";
  static final String LENGTH = "lengthError";
  static final String MANDATORY = "mandatoryValueNotSupplied";
  static final String CURRENCY = "currencyNotSupported";
  static final String IDENTIFIER = "identifierError";
  static final String SAME_PARTIES = "samePartiesError";
  static final String INCORRECT_STATE = "incorrectState";
  static final String DUPLICATE = "duplicateRequest";

  private MmapiErrors() {}

  static MmoError validation(String code, String description) {
    return new MmoError(VALIDATION, code, description);
  }

  static MmoError businessRule(String code, String description) {
    return new MmoError(BUSINESS_RULE, code, description);
  }

  static MmoError unknown(String description) {
    return new MmoError(IDENTIFICATION, IDENTIFIER, description);
  }

  static MmoError internal(String description) {
    return new MmoError(INTERNAL, GENERIC, description);
  }

  /** The HTTP status that goes with the error's category. */
  static int httpStatus(MmoError error) {
    return switch (error.category()) {
      case AUTHORISATION -> 401;
      case IDENTIFICATION -> 404;
      case INTERNAL -> 500;
      case SERVICE_UNAVAILABLE -> 503;
      default -> 400;
    };
  }

  /** The error an injected HTTP {@code status} answers with. */
  static MmoError forStatus(int status) {
    String why = "simulated fault: HTTP " + status;
    if (status == 503) {
      return new MmoError(SERVICE_UNAVAILABLE, GENERIC, why);
    }
    if (status >= 500) {
      return internal(why);
    }
    if (status == 401 || status == 403) {
      return new MmoError(AUTHORISATION, "clientAuthorisationError", why);
    }
    if (status == 404) {
      return unknown(why);
    }
    return status == 429 ? businessRule("rateLimitError", why) : validation(GENERIC, why);
  }
}
