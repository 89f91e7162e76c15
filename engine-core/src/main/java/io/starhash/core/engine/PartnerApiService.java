package io.starhash.core.engine;

import io.starhash.core.api.ApiResult;
import io.starhash.core.api.PartnerApi;
import io.starhash.core.mmo.MmoError;
import io.starhash.core.money.Money;

import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.operation.OperationService;
import io.starhash.core.operation.OperationStatus;
import io.starhash.core.operation.OperationType;
import io.starhash.core.operation.Transition;
import io.starhash.core.operation.TransitionResult;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerDirectory;
import io.starhash.core.partner.PartnerKind;
import io.starhash.core.subscriber.Subscriber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The agent/merchant API behind {@code /api/v1}: partners start operations for customers named
 * by phone or token, and accept or reject what customers started. A partner sees only its own
 * operations, plus customer cash-in/out requests waiting for any agent when it names the customer.
 */
final class PartnerApiService implements PartnerApi {

  private final EngineSettings settings;
  private final OperationService operations;
  private final PartnerDirectory partners;
  private final People people;
  private final Settlement settlement;
  private final Notifier notifier;
  private final io.starhash.core.token.TokenService tokens;
  private final Views views;

  /** What the partner API works with. */
  record Deps(EngineSettings settings, OperationService operations, PartnerDirectory partners, People people,
      Settlement settlement, Notifier notifier, io.starhash.core.token.TokenService tokens,
      io.starhash.core.subscriber.SubscriberService subscribers,
      io.starhash.core.partner.NotificationStore notifications) {}

  PartnerApiService(Deps d) {
    this.settings = d.settings();
    this.operations = d.operations();
    this.partners = d.partners();
    this.people = d.people();
    this.settlement = d.settlement();
    this.notifier = d.notifier();
    this.tokens = d.tokens();
    this.views = new Views(d.subscribers(), d.notifications());
  }

  @Override
  public Optional<Caller> authenticate(String bearerKey) {
    return partners.authenticate(bearerKey).toCompletableFuture().join().map(PartnerApiService::caller);
  }

  private static Caller caller(Partner p) {
    return new Caller(p.id(), p.kind() == PartnerKind.AGENT ? Caller.Kind.AGENT : Caller.Kind.MERCHANT,
        p.displayName());
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> create(Caller caller, NewOperation request) {
    Optional<OperationType> type = OperationType.fromWire(request.type());
    if (type.isEmpty() || type.get() == OperationType.TRANSFER) {
      return now(ApiResult.badField("type", "type must be cash-in, cash-out or merchant-payment"));
    }
    boolean merchantType = type.get() == OperationType.MERCHANT_PAYMENT;
    if (merchantType != (caller.kind() == Caller.Kind.MERCHANT)) {
      return now(ApiResult.problem(403, "forbidden", "a " + caller.kind().name().toLowerCase()
          + " cannot start a " + request.type()));
    }
    Optional<Money> amount = Money.parse(request.amount(), settings.currency()).filter(Money::isPositive);
    if (amount.isEmpty()) {
      return now(ApiResult.badField("amount", "amount must be a positive amount such as 100.00"));
    }
    if (amount.get().isGreaterThan(settings.maxTransaction())) {
      return now(ApiResult.problem(422, MmoError.OVER_MAX, "amount is above the single-transaction limit of "
          + settings.maxTransaction().format()));
    }
    return people.find(request.customer(), "partner:" + caller.id()).thenCompose(customer -> {
      if (customer.isEmpty()) {
        return now(ApiResult.problem(404, "identifierError", "no customer with that phone number or token"));
      }
      return partners.find(caller.id()).thenCompose(p -> operations.create(io.starhash.core.operation.NewOperation.byPartner(p.orElseThrow(),
          type.get(), customer.get().msisdn(), amount.get(), Fees.of(type.get(), amount.get()))))
          .thenApply(op -> {
            notifier.approvalRequested(op, caller.name());
            return ApiResult.created(views.of(op, customer.get()));
          });
    });
  }

  @Override
  public CompletionStage<ApiResult<List<OperationView>>> list(Caller caller, Optional<String> customer,
      Optional<String> status) {
    Optional<OperationStatus> wanted = status.flatMap(OperationStatus::fromWire);
    if (status.isPresent() && wanted.isEmpty()) {
      return now(ApiResult.badField("status", "unknown status " + status.get()));
    }
    Set<OperationStatus> statuses = wanted.map(EnumSet::of).orElse(EnumSet.allOf(OperationStatus.class));
    CompletionStage<List<Operation>> own = operations.byPartner(caller.id(), statuses);
    if (customer.isEmpty()) {
      return own.thenCompose(views::all).thenApply(ApiResult::ok);
    }
    return people.find(customer.get(), "partner:" + caller.id()).thenCompose(who -> {
      if (who.isEmpty()) {
        return now(ApiResult.ok(List.<OperationView>of()));
      }
      CompletionStage<List<Operation>> open = caller.kind() == Caller.Kind.AGENT
          ? operations.waitingForAnyAgent(who.get().msisdn())
          : CompletableFuture.completedFuture(List.of());
      return own.thenCombine(open, (a, b) -> {
        Map<OperationId, Operation> all = new LinkedHashMap<>();
        a.stream().filter(o -> o.customer().equals(who.get().msisdn())).forEach(o -> all.put(o.id(), o));
        b.stream().filter(o -> statuses.contains(o.status())).forEach(o -> all.putIfAbsent(o.id(), o));
        List<Operation> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing(Operation::createdAt).reversed());
        return sorted;
      }).thenCompose(views::all).thenApply(ApiResult::ok);
    });
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> accept(Caller caller, String operationId) {
    return answer(caller, operationId, OperationStatus.PROCESSING);
  }

  @Override
  public CompletionStage<ApiResult<OperationView>> reject(Caller caller, String operationId) {
    return answer(caller, operationId, OperationStatus.REJECTED);
  }

  private CompletionStage<ApiResult<OperationView>> answer(Caller caller, String operationId, OperationStatus to) {
    Optional<OperationId> id = OperationId.parse(operationId);
    if (id.isEmpty()) {
      return now(notFound());
    }
    return operations.find(id.get()).thenCompose(found -> {
      if (found.isEmpty() || !visible(caller, found.get())) {
        return now(notFound());
      }
      if (found.get().status() != OperationStatus.PENDING_AGENT) {
        return now(ApiResult.problem(409, "incorrectState", "operation is " + found.get().status().wire()));
      }
      return operations.transition(id.get(), OperationStatus.PENDING_AGENT, Transition.to(to).by(caller.id()))
          .thenCompose(moved -> afterAnswer(moved, to));
    });
  }

  private CompletionStage<ApiResult<OperationView>> afterAnswer(TransitionResult moved, OperationStatus to) {
    if (!(moved instanceof TransitionResult.Moved m)) {
      return now(ApiResult.problem(409, "incorrectState", "operation is no longer waiting for an answer"));
    }
    if (to == OperationStatus.REJECTED) {
      notifier.finalState(m.operation());
      return views.of(m.operation()).thenApply(ApiResult::ok);
    }
    return settlement.settle(m.operation()).thenCompose(settled -> {
      if (settled instanceof Settled.Declined d) {
        return now(ApiResult.problem(422, d.error().code(), "the MMO refused it (" + d.error().code()
            + "); no money was moved"));
      }
      if (settled instanceof Settled.Unavailable) {
        return now(ApiResult.problem(503, Settlement.UNAVAILABLE_CODE, "the MMO is unavailable; nothing was moved"));
      }
      return operations.find(settled.operation().id()).thenCompose(op ->
          views.of(op.orElse(settled.operation()))).thenApply(ApiResult::ok);
    });
  }

  /** Its own operations, and a customer's cash-in/out that any agent may take. */
  private static boolean visible(Caller caller, Operation op) {
    if (caller.id().equals(op.partnerId())) {
      return true;
    }
    return caller.kind() == Caller.Kind.AGENT && op.waitsForAnyAgent();
  }

  @Override
  public CompletionStage<ApiResult<AccountView>> account(Caller caller, String phoneOrToken) {
    return people.find(phoneOrToken, "partner:" + caller.id()).thenCompose(s -> {
      if (s.isEmpty()) {
        return now(ApiResult.problem(404, "identifierError", "no customer with that phone number or token"));
      }
      Subscriber sub = s.get();
      return tokens.current(sub.msisdn()).thenApply(t -> ApiResult.ok(new AccountView(sub.displayName(),
          t.isPresent())));
    });
  }

  @Override
  public CompletionStage<ApiResult<List<NotificationView>>> notifications(Caller caller) {
    return views.notifications(caller.id()).thenApply(ApiResult::ok);
  }

  private static <T> ApiResult<T> notFound() {
    return ApiResult.problem(404, "notFound", "no such operation for this caller");
  }

  private static <T> CompletionStage<ApiResult<T>> now(ApiResult<T> r) {
    return CompletableFuture.completedFuture(r);
  }
}
