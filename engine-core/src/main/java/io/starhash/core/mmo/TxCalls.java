package io.starhash.core.mmo;

import io.starhash.core.mmo.MmapiHttp.Exchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The MMAPI calls about one transaction: post it, look it up by our id ({@code /responses}) or
 * by the MMO's ({@code /requeststates}), read the transaction a link points to.
 *
 * <p>Thread-safe. Stages never complete exceptionally.
 */
final class TxCalls {

  /** What a lookup found. */
  sealed interface Lookup {
    record Found(Progress progress) implements Lookup {}

    /** The MMO does not know it (404): for {@code /responses}, it never received the request. */
    record NotFound() implements Lookup {}

    record Failed(String reason) implements Lookup {}
  }

  /** How a post ended. */
  sealed interface Posted {
    /** The MMO answered about the transaction: accepted, done, or refused. */
    record Answer(Progress progress) implements Posted {}

    /** The MMO did not take it (5xx, 429, connection refused): safe to post again once asked. */
    record NotAccepted(String reason) implements Posted {}

    /** No answer: the MMO may have it. */
    record InDoubt(String reason) implements Posted {}
  }

  private final MmapiHttp http;
  private final MmoSettings settings;

  TxCalls(MmapiHttp http, MmoSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  /** {@code POST /transactions/type/{type}} with the idempotency and callback headers. */
  CompletionStage<Posted> post(TxRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-CorrelationID", request.clientCorrelationId());
    settings.callbackUrl(request.clientCorrelationId())
        .ifPresent(url -> headers.put("X-Callback-URL", url));
    return http.post("transactions", "/transactions/type/" + request.type().wire(),
        MmapiJson.transaction(request), headers).thenApply(TxCalls::posted);
  }

  static Posted posted(Exchange exchange) {
    if (exchange instanceof Exchange.NotSent) {
      return new Posted.NotAccepted(((Exchange.NotSent) exchange).reason());
    }
    if (exchange instanceof Exchange.Lost) {
      return new Posted.InDoubt(((Exchange.Lost) exchange).reason());
    }
    Exchange.Answered a = (Exchange.Answered) exchange;
    int status = a.status();
    if (status / 100 == 2) {
      Progress p = MmapiJson.progress(a.body());
      boolean known = p instanceof Progress.Done || p instanceof Progress.Refused
          || p instanceof Progress.Accepted;
      return new Posted.Answer(known ? p : new Progress.Accepted(Optional.empty()));
    }
    if (status == 409) {
      return new Posted.Answer(new Progress.Accepted(Optional.empty())); // it has it already
    }
    if (status == 429 || status == 503) {
      return new Posted.NotAccepted("status " + status); // the MMO says it did not take it
    }
    if (status / 100 == 5) {
      return new Posted.InDoubt("status " + status); // it may have been processed: ask, never re-post blindly
    }
    return new Posted.Answer(new Progress.Refused(MmapiJson.error(a.body()).orElse(
        new MmoError(MmoError.VALIDATION, "genericError", "status " + status))));
  }

  /** {@code GET /responses/{clientCorrelationId}}, following a link to a transaction. */
  CompletionStage<Lookup> responses(String clientCorrelationId) {
    return lookup("responses", "/responses/" + MmapiHttp.segment(clientCorrelationId));
  }

  /** {@code GET /requeststates/{serverCorrelationId}}, following a link to a transaction. */
  CompletionStage<Lookup> requestState(String serverCorrelationId) {
    return lookup("requeststates", "/requeststates/" + MmapiHttp.segment(serverCorrelationId));
  }

  private CompletionStage<Lookup> lookup(String endpoint, String path) {
    return http.get(endpoint, path).thenCompose(exchange -> {
      Lookup found = read(exchange);
      if (found instanceof Lookup.Found
          && ((Lookup.Found) found).progress() instanceof Progress.Linked) {
        return transaction(((Progress.Linked) ((Lookup.Found) found).progress()).transactionReference());
      }
      return CompletableFuture.completedFuture(found);
    });
  }

  /**
   * {@code GET /transactions/{ref}}. A transaction the MMO links to was received by it, so this
   * never says NotFound or Failed: at worst, received and not known to be final.
   */
  private CompletionStage<Lookup> transaction(String ref) {
    return http.get("transaction", "/transactions/" + MmapiHttp.segment(ref)).thenApply(exchange -> {
      Lookup found = read(exchange);
      if (found instanceof Lookup.Found
          && !(((Lookup.Found) found).progress() instanceof Progress.Linked)) {
        return found;
      }
      return new Lookup.Found(new Progress.Accepted(Optional.empty()));
    });
  }

  private static Lookup read(Exchange exchange) {
    if (exchange instanceof Exchange.Answered) {
      Exchange.Answered a = (Exchange.Answered) exchange;
      if (a.status() == 404) {
        return new Lookup.NotFound();
      }
      if (a.status() / 100 == 2) {
        Progress p = MmapiJson.progress(a.body());
        // it answered, so it knows the request: an unreadable body still means "received"
        return new Lookup.Found(p instanceof Progress.Unclear ? new Progress.Accepted(Optional.empty()) : p);
      }
      return new Lookup.Failed("status " + a.status());
    }
    if (exchange instanceof Exchange.NotSent) {
      return new Lookup.Failed(((Exchange.NotSent) exchange).reason());
    }
    return new Lookup.Failed(((Exchange.Lost) exchange).reason());
  }
}
