package io.starhash.core.engine;

import io.starhash.core.mmo.MmoError;
import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxListener;
import io.starhash.core.mmo.TxRequest;
import io.starhash.core.mmo.TxResult;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.operation.OperationService;
import io.starhash.core.operation.OperationStatus;
import io.starhash.core.operation.OperationType;
import io.starhash.core.operation.Transition;
import io.starhash.core.operation.TransitionResult;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerDirectory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands operations in {@code PROCESSING} to the MMO and moves them to their final state when
 * the MMO answers, now or later (it is the gateway's {@link TxListener}). The journal key is
 * the operation's correlation id, so an operation is posted at most once, however often it is
 * settled, and a result that arrives after a restart still finds its operation.
 */
final class Settlement implements TxListener {

  private static final Logger log = LoggerFactory.getLogger(Settlement.class);
  static final String UNAVAILABLE_CODE = "serviceUnavailable";

  private final OperationService operations;
  private final MmoGateway mmo;
  private final PartnerDirectory partners;
  private final Notifier notifier;

  Settlement(OperationService operations, MmoGateway mmo, PartnerDirectory partners, Notifier notifier) {
    this.operations = operations;
    this.mmo = mmo;
    this.partners = partners;
    this.notifier = notifier;
  }

  /**
   * Posts {@code op} (in PROCESSING) and waits, up to the gateway's limit, for the result. What
   * the customer is told follows the MMO's answer, even if recording it on the operation fails
   * (that is logged loudly: the journal still has the truth). An operation that cannot even be
   * posted (its partner is gone) fails at once instead of staying in PROCESSING.
   */
  CompletionStage<Settled> settle(Operation op) {
    return request(op).handle((req, e) -> {
      if (e != null) {
        log.error("operation {} cannot be posted: {}", op.id(), e.toString());
        return apply(op.id(), new TxResult.Unavailable(op.mmoCorrelationId(), "cannot be posted"))
            .<Settled>thenApply(moved -> new Settled.Unavailable(moved.orElse(op)));
      }
      return mmo.submit(req).thenCompose(result -> apply(op.id(), result).handle((moved, failed) -> {
        if (failed != null) {
          log.error("operation {}: MMO result {} not recorded on the operation: {}", op.id(),
              result.getClass().getSimpleName(), failed.toString());
        }
        return settled(moved == null ? op : moved.orElse(op), result);
      }));
    }).thenCompose(stage -> stage);
  }

  @Override
  public void onFinal(TxRequest request, TxResult result) {
    OperationId.ofCorrelation(request.clientCorrelationId()).ifPresentOrElse(
        id -> apply(id, result).whenComplete((moved, e) -> {
          if (e != null) {
            log.error("operation {}: late MMO result {} not recorded: {}", id, result.getClass().getSimpleName(),
                e.toString());
          }
        }),
        () -> log.warn("MMO result for {} belongs to no operation", request.clientCorrelationId()));
  }

  private static Settled settled(Operation op, TxResult result) {
    if (result instanceof TxResult.Completed) {
      return new Settled.Done(op);
    }
    if (result instanceof TxResult.Declined d) {
      return new Settled.Declined(op, d.error());
    }
    if (result instanceof TxResult.Unavailable) {
      return new Settled.Unavailable(op);
    }
    return new Settled.Later(op);
  }

  /** Moves the operation to the state {@code result} means; empty when it stays PROCESSING. */
  private CompletionStage<java.util.Optional<Operation>> apply(OperationId id, TxResult result) {
    Transition change;
    if (result instanceof TxResult.Completed) {
      change = Transition.to(OperationStatus.COMPLETED);
    } else if (result instanceof TxResult.Declined d) {
      change = Transition.to(OperationStatus.FAILED).failedWith(d.error().code());
    } else if (result instanceof TxResult.Unavailable) {
      change = Transition.to(OperationStatus.FAILED).failedWith(UNAVAILABLE_CODE);
    } else {
      return CompletableFuture.completedFuture(java.util.Optional.empty());
    }
    return operations.transition(id, OperationStatus.PROCESSING, change).thenApply(moved -> {
      if (moved instanceof TransitionResult.Moved m) {
        log.info("operation {} {} at the MMO", id, m.operation().status().wire());
        notifier.finalState(m.operation());
        return java.util.Optional.of(m.operation());
      }
      log.info("operation {} not moved by the MMO result: {}", id, moved);
      return java.util.Optional.<Operation>empty();
    });
  }

  private CompletionStage<TxRequest> request(Operation op) {
    if (op.partnerId() == null) {
      return CompletableFuture.completedFuture(build(op, null));
    }
    return partners.find(op.partnerId()).thenApply(p -> build(op, p.orElseThrow(() ->
        new IllegalStateException("operation " + op.id() + " names unknown partner " + op.partnerId()))));
  }

  private static TxRequest build(Operation op, Partner partner) {
    Party customer = Party.of(op.customer());
    Party other = op.type() == OperationType.TRANSFER ? Party.of(op.recipient()) : Party.account(partner.mmoAccountId());
    boolean customerPays = op.type() != OperationType.CASH_IN;
    return new TxRequest(op.mmoCorrelationId(), op.type().txType(), op.amount(),
        customerPays ? customer : other, customerPays ? other : customer,
        "starhash " + op.type().wire() + " " + op.id().value());
  }

  /** An MMO error that stands for an unreachable MMO. */
  static MmoError unavailable() {
    return new MmoError("serviceUnavailable", UNAVAILABLE_CODE, "the MMO could not be reached");
  }
}
