package io.starhash.core.ussd;

import java.util.concurrent.CompletionStage;

/**
 * Answers USSD hops: what every channel (HTTP dialects, SMPP) calls.
 *
 * <p>Thread-safe. The returned stage always completes normally: failures become a polite
 * END screen with {@link HopResult.Outcome#ERROR}, never an exception to the caller.
 */
public interface UssdEngine {

  CompletionStage<HopResult> handle(Hop hop);
}
