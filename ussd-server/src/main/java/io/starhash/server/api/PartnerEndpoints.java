package io.starhash.server.api;

import io.starhash.core.api.ApiResult;
import io.starhash.core.api.PartnerApi;
import io.starhash.core.api.PartnerApi.Caller;
import io.starhash.core.api.PartnerApi.NewOperation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Maps the {@code /api/v1} endpoints onto {@link PartnerApi}: bearer key, then the request's
 * shape, then the call; the engine's {@link ApiResult} becomes the response. Every call into the
 * port runs on the executor. Thread-safe.
 */
final class PartnerEndpoints {

  static final int MAX_ID = 128;
  static final int MAX_STATUS = 32;
  private static final Set<String> LIST_PARAMS = Set.of("customer", "status");

  private final PartnerApi port;
  private final Executor executor;

  PartnerEndpoints(PartnerApi port, Executor executor) {
    this.port = Objects.requireNonNull(port, "port");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Serves one of the partner endpoints; the stage may fail only when the port breaks its contract. */
  CompletionStage<Reply> serve(Endpoint endpoint, List<String> params, ApiRequest request) {
    Optional<String> key = Bearer.key(request.authorization());
    if (key.isEmpty()) {
      return CompletableFuture.completedFuture(Replies.unauthorized());
    }
    return CompletableFuture.supplyAsync(() -> port.authenticate(key.get()), executor)
        .thenCompose(caller -> caller.isEmpty()
            ? CompletableFuture.completedFuture(Replies.unauthorized())
            : refusedOr(endpoint, params, request, caller.get()));
  }

  private CompletionStage<Reply> refusedOr(Endpoint endpoint, List<String> params, ApiRequest request, Caller caller) {
    try {
      return call(endpoint, params, request, caller);
    } catch (Refused refused) {
      return CompletableFuture.completedFuture(Replies.refused(refused));
    }
  }

  private CompletionStage<Reply> call(Endpoint endpoint, List<String> params, ApiRequest request, Caller caller)
      throws Refused {
    return switch (endpoint) {
      case CREATE_OPERATION -> create(caller, OperationBody.parse(request.body()));
      case LIST_OPERATIONS -> list(caller, UrlText.query(request.rawQuery(), LIST_PARAMS));
      case ACCEPT_OPERATION -> port.accept(caller, operationId(params)).thenApply(r -> Replies.of(r, ApiJson::tree, null));
      case REJECT_OPERATION -> port.reject(caller, operationId(params)).thenApply(r -> Replies.of(r, ApiJson::tree, null));
      case GET_ACCOUNT -> account(caller, UrlText.decode(params.get(0), "phoneOrToken"));
      case LIST_NOTIFICATIONS -> port.notifications(caller)
          .thenApply(r -> Replies.of(r, list -> ApiJson.wrap("notifications", list), null));
      default -> throw new IllegalArgumentException("not a partner endpoint: " + endpoint);
    };
  }

  private CompletionStage<Reply> create(Caller caller, NewOperation operation) {
    return port.create(caller, operation).thenApply(r -> Replies.of(r, ApiJson::tree, operation.customer()));
  }

  private CompletionStage<Reply> list(Caller caller, Map<String, String> query) throws Refused {
    Optional<String> customer = UrlText.optional(query, "customer", OperationBody.MAX_CUSTOMER);
    Optional<String> status = UrlText.optional(query, "status", MAX_STATUS);
    return port.list(caller, customer, status)
        .thenApply(r -> Replies.of(r, list -> ApiJson.wrap("operations", list), customer.orElse(null)));
  }

  private CompletionStage<Reply> account(Caller caller, String phoneOrToken) throws Refused {
    if (phoneOrToken.isBlank() || phoneOrToken.length() > OperationBody.MAX_CUSTOMER) {
      throw Refused.badField("phoneOrToken", "phoneOrToken must be 1 to 32 characters");
    }
    return port.account(caller, phoneOrToken).thenApply(r -> Replies.of(r, ApiJson::tree, phoneOrToken));
  }

  private static String operationId(List<String> params) throws Refused {
    String id = UrlText.decode(params.get(0), "id");
    if (id.isBlank() || id.length() > MAX_ID) {
      throw Refused.badField("id", "id must be 1 to " + MAX_ID + " characters");
    }
    return id;
  }
}
