package io.starhash.server.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.phone.PhoneNumbers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API besides USSD: {@code /api/v1} (agents and merchants), {@code GET /openapi.yaml},
 * {@code GET /sim/sms/{msisdn}} and {@code PUT /mmo/callback/{clientCorrelationId}}. Routes a
 * request, checks its shape, calls the engine and answers; counts and logs every answer.
 *
 * <p>Thread-safe. {@link #handle} never blocks: engine calls run on {@link ApiDeps#executor()}.
 */
public final class ApiRouter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);

  private final Optional<PartnerEndpoints> partners;
  private final Optional<SimSmsEndpoint> simSms;
  private final Optional<MmoCallbackEndpoint> callbacks;
  private final byte[] openApi = OpenApiDocument.load();
  private final ApiMetrics metrics;

  /**
   * @param phones normalises the number of {@code /sim/sms/{msisdn}}
   * @param registry where {@code api.requests} and {@code api.rejected} go
   */
  public ApiRouter(ApiDeps deps, PhoneNumbers phones, MeterRegistry registry) {
    Objects.requireNonNull(deps, "deps");
    Objects.requireNonNull(phones, "phones");
    this.partners = deps.partners().map(p -> new PartnerEndpoints(p, deps.executor()));
    this.simSms = deps.outbox().map(o -> new SimSmsEndpoint(o, phones));
    this.callbacks = deps.callbacks().map(c -> new MmoCallbackEndpoint(c, deps.executor()));
    this.metrics = new ApiMetrics(registry);
  }

  /** Whether requests for {@code rawPath} belong here (every other path is the server's own). */
  public static boolean claims(String rawPath) {
    return Endpoint.claims(rawPath);
  }

  /** Answers a request for a claimed path. The stage always completes normally. */
  public CompletionStage<ApiResponse> handle(ApiRequest request) {
    Endpoint.Match match = Endpoint.match(request.method(), request.rawPath());
    if (match instanceof Endpoint.Match.Found found) {
      String tag = found.endpoint().operationId();
      return serve(found.endpoint(), found.params(), request)
          .handle((reply, error) -> answered(tag, reply, error));
    }
    Reply reply = match instanceof Endpoint.Match.WrongMethod wrong
        ? Replies.methodNotAllowed(LogSafe.scrub(request.method()), wrong.allow())
        : Replies.notFound();
    return CompletableFuture.completedFuture(answered(ApiMetrics.NO_ENDPOINT, reply, null));
  }

  /** The answer to a request for a claimed path whose body was over {@code maxBodyBytes}. */
  public ApiResponse tooLarge(int maxBodyBytes) {
    return answered(ApiMetrics.NO_ENDPOINT, Replies.tooLarge(maxBodyBytes), null);
  }

  private CompletionStage<Reply> serve(Endpoint endpoint, List<String> params, ApiRequest request) {
    try {
      return switch (endpoint) {
        case OPENAPI -> CompletableFuture.completedFuture(OpenApiDocument.reply(openApi));
        case SIM_SMS -> simSms.isEmpty() ? notFound() : CompletableFuture.completedFuture(simSms.get().serve(params.get(0)));
        case MMO_CALLBACK -> callbacks.isEmpty() ? notFound() : callbacks.get().serve(params.get(0), request.body());
        default -> partners.isEmpty() ? notFound() : partners.get().serve(endpoint, params, request);
      };
    } catch (Refused refused) {
      return CompletableFuture.completedFuture(Replies.refused(refused));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static CompletionStage<Reply> notFound() {
    return CompletableFuture.completedFuture(Replies.notFound());
  }

  private ApiResponse answered(String tag, Reply reply, Throwable error) {
    Reply answer = reply;
    if (error != null || reply == null) {
      LOG.error("- api {} failed: the engine broke its contract", tag, error);
      answer = Replies.internal();
    }
    metrics.answered(tag, answer);
    return answer.response();
  }
}
