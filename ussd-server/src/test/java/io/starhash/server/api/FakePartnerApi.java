package io.starhash.server.api;

import io.starhash.core.api.ApiResult;
import io.starhash.core.api.PartnerApi;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written {@link PartnerApi}: one known key, scripted answers, and a record of every call
 * (and of the thread that authenticated) for the tests to check. Thread-safe enough for tests.
 */
final class FakePartnerApi implements PartnerApi {

  static final String KEY = "sk_agent_7f3a9c";
  static final Caller AGENT = new Caller("agent-1", Caller.Kind.AGENT, "Duka la Juma");
  static final OperationView VIEW = new OperationView("op-1", "cash-in", "pending-customer", "agent", "J*** D***",
      "100.00", "0.00", "TZS", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z", null);
  static final String VIEW_JSON = "{\"id\":\"op-1\",\"type\":\"cash-in\",\"status\":\"pending-customer\","
      + "\"initiator\":\"agent\",\"customerName\":\"J*** D***\",\"amount\":\"100.00\",\"fee\":\"0.00\","
      + "\"currency\":\"TZS\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
      + "\"expiresAt\":\"2026-01-01T00:05:00Z\"}";

  /** One call into the port, apart from {@link #authenticate}. */
  record Call(String name, Caller caller, List<Object> args) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final List<String> authenticatedOn = new CopyOnWriteArrayList<>();
  volatile ApiResult<OperationView> operation = ApiResult.created(VIEW);
  volatile ApiResult<List<OperationView>> operations = ApiResult.ok(List.of(VIEW));
  volatile ApiResult<AccountView> account = ApiResult.ok(new AccountView("J*** D***", true));
  volatile ApiResult<List<NotificationView>> notifications = ApiResult.ok(List.of(
      new NotificationView("n-1", "2026-01-01T00:01:00Z", "op-1", "J*** D*** accepted 100.00 TZS")));
  volatile RuntimeException thrown;
  volatile boolean failStages;

  @Override
  public Optional<Caller> authenticate(String bearerKey) {
    authenticatedOn.add(Thread.currentThread().getName());
    return Optional.of(AGENT).filter(c -> KEY.equals(bearerKey));
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> create(Caller caller, NewOperation request) {
    return answer("create", caller, List.of(request), operation);
  }

  @Override
  public CompletionStage<ApiResult<List<OperationView>>> list(
      Caller caller, Optional<String> customer, Optional<String> status) {
    return answer("list", caller, List.of(customer, status), operations);
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> accept(Caller caller, String operationId) {
    return answer("accept", caller, List.of(operationId), operation);
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> reject(Caller caller, String operationId) {
    return answer("reject", caller, List.of(operationId), operation);
  }

  @Override
  public CompletionStage<ApiResult<AccountView>> account(Caller caller, String phoneOrToken) {
    return answer("account", caller, List.of(phoneOrToken), account);
  }

  @Override
  public CompletionStage<ApiResult<List<NotificationView>>> notifications(Caller caller) {
    return answer("notifications", caller, List.of(), notifications);
  }

  private <T> CompletionStage<ApiResult<T>> answer(String name, Caller caller, List<Object> args, ApiResult<T> result) {
    calls.add(new Call(name, caller, args));
    if (thrown != null) {
      throw thrown;
    }
    return failStages ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
        : CompletableFuture.completedFuture(result);
  }

  /** The only call made, which must be {@code name}; its arguments. */
  List<Object> onlyCall(String name) {
    if (calls.size() != 1 || !calls.get(0).name().equals(name) || !calls.get(0).caller().equals(AGENT)) {
      throw new AssertionError("expected one " + name + " call by " + AGENT.id() + ", got " + calls);
    }
    return calls.get(0).args();
  }
}
