package io.starhash.core.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What agents and merchants can do over the REST API (SPEC.md 3.6): the engine side of
 * {@code /api/v1}. The HTTP layer only maps JSON to these calls and {@link ApiResult}s to
 * statuses; every rule (who may see what, limits, PINs) lives behind this interface.
 *
 * <p>Thread-safe. Stages complete normally; failures are {@link ApiResult.Problem}s.
 */
public interface PartnerApi {

  /** The agent or merchant a bearer key belongs to, or empty for a wrong or unknown key. */
  Optional<Caller> authenticate(String bearerKey);

  /** Starts an operation for a customer named by phone or token. */
  CompletionStage<ApiResult<OperationView>> create(Caller caller, NewOperation request);

  /**
   * The caller's operations, optionally only for one customer (phone or token) and one status
   * ({@code pending-agent}, {@code pending-customer}, {@code processing}, {@code completed},
   * {@code rejected}, {@code cancelled}, {@code expired}, {@code failed}). A customer-initiated
   * cash-in/out waiting for an agent is visible to any agent who names that customer.
   */
  CompletionStage<ApiResult<List<OperationView>>> list(Caller caller, Optional<String> customer,
      Optional<String> status);

  /** Accepts an operation waiting for this agent or merchant; the money moves at the MMO. */
  CompletionStage<ApiResult<OperationView>> accept(Caller caller, String operationId);

  /** Rejects an operation waiting for this agent or merchant. */
  CompletionStage<ApiResult<OperationView>> reject(Caller caller, String operationId);

  /** The masked name of a customer named by phone or token, and whether they have a token. */
  CompletionStage<ApiResult<AccountView>> account(Caller caller, String phoneOrToken);

  /** The caller's notifications, newest first. */
  CompletionStage<ApiResult<List<NotificationView>>> notifications(Caller caller);

  /** An authenticated agent or merchant. */
  record Caller(String id, Kind kind, String name) {
    /** What the caller is. */
    public enum Kind {
      AGENT, MERCHANT
    }
  }

  /**
   * The body of {@code POST /api/v1/operations}.
   *
   * @param type {@code cash-in}, {@code cash-out} or {@code merchant-payment}
   * @param customer a phone number or a token
   * @param amount a decimal amount such as {@code 100.00}
   */
  record NewOperation(String type, String customer, String amount) {}

  /**
   * An operation as a partner sees it: the customer only by masked display name, never by the
   * phone number behind a token.
   */
  record OperationView(String id, String type, String status, String initiator, String customerName,
      String amount, String fee, String currency, String createdAt, String updatedAt, String expiresAt,
      String failureCode) {}

  /** A customer as a partner sees them. */
  record AccountView(String displayName, boolean hasToken) {}

  /** One notification. */
  record NotificationView(String id, String at, String operationId, String text) {}
}
